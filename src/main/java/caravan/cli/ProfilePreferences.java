package caravan.cli;

import caravan.opportunities.PreferenceLine;
import caravan.opportunities.Preferences;
import caravan.text.Messages;
import caravan.trade.Profile;
import java.util.List;
import java.util.Locale;

/**
 * The profile's products that agreements' preference lines cover, under its table: the profile
 * (trade) cannot know the lists (opportunities), so the door that shows both joins them.
 */
final class ProfilePreferences {
  private ProfilePreferences() {}

  static String render(Profile profile, List<PreferenceLine> lines) {
    return render(profile, lines, "en");
  }

  static String render(Profile profile, List<PreferenceLine> lines, String lang) {
    if (lines.isEmpty()) return "";
    Messages m = Messages.of(lang);
    StringBuilder out = new StringBuilder();
    for (Profile.Basket b : profile.baskets()) {
      for (Profile.Share s : b.products()) {
        List<PreferenceLine> covering = Preferences.covering(lines, s.code());
        if (covering.isEmpty()) continue;
        if (out.length() == 0) out.append('\n').append(m.get("opp.profile.covered")).append('\n');
        out.append(
            String.format(
                Locale.ROOT,
                "  %s→%s  %s %s  %,.0f USD  %s%n",
                b.from(),
                b.to(),
                s.code(),
                s.name(),
                s.valueUsd(),
                String.join(
                    "; ",
                    covering.stream()
                        .map(
                            l ->
                                l.agreement()
                                    + " "
                                    + l.hsCode()
                                    + ": "
                                    + l.baseDuty()
                                    + " → "
                                    + l.preferentialDuty()
                                    + " ("
                                    + l.staging()
                                    + ")")
                        .toList())));
      }
    }
    return out.toString();
  }
}
