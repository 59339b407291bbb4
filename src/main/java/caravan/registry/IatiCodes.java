package caravan.registry;

import caravan.text.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How registry values map to IATI 2.03 codelists (ActivityStatus, OrganisationRole, Country,
 * SectorVocabulary, OrganisationType). Each mapping states its reason where the codelist leaves a
 * choice.
 */
final class IatiCodes {
  private IatiCodes() {}

  // Oblasts, cities and wordings of the shipped data that place a project in Kazakhstan or Iran.
  private static final List<String> KZ_PLACES =
      List.of(
          "kazakhstan",
          "(kz",
          "almaty",
          "astana",
          "mangystau",
          "aktau",
          "karaganda",
          "kostanay",
          "semey",
          "zhetysu",
          "aktobe",
          "atyrau",
          "shymkent",
          "turkistan",
          "pavlodar",
          "akmola",
          "kyzylorda",
          "zhambyl",
          "abai",
          "ulytau",
          "taraz");
  private static final List<String> IR_PLACES =
      List.of(
          "iran",
          "(ir)",
          "tehran",
          "mazandaran",
          "gilan",
          "golestan",
          "hormozgan",
          "bandar abbas",
          "kurdistan",
          "isfahan",
          "mashhad",
          "khorasan",
          "qazvin",
          "tabriz",
          "bushehr",
          "chabahar",
          "anzali",
          "amirabad",
          "shahid rajaee");
  private static final Map<String, List<String>> PLACES =
      Map.of("KAZ", KZ_PLACES, "IRN", IR_PLACES);

  /**
   * ActivityStatus: idea, agreed and financing → 1 Pipeline/identification; construction → 2
   * Implementation; operating → 2 as well (the investment is in use and continuing; 3 Finalisation
   * would say the activity is winding up, which no source says); suspended → 6; cancelled → 5; no
   * stage recorded → 1.
   */
  static int status(Project p) {
    if (p.stage().isEmpty()) return 1;
    return switch (p.stage().get()) {
      case IDEA, AGREED, FINANCING -> 1;
      case CONSTRUCTION, OPERATING -> 2;
      case SUSPENDED -> 6;
      case CANCELLED -> 5;
    };
  }

  /**
   * OrganisationRole of an investor by the role text: operator, implementer or contractor → 4
   * Implementing; manager or extending → 3 Extending; anything else (investor, lender, funder) → 1
   * Funding.
   */
  static int role(String roleText) {
    String r = roleText == null ? "" : roleText.toLowerCase(Locale.ROOT);
    if (r.matches("(?s).*(operat|implement|contractor).*")) return 4;
    if (r.matches("(?s).*(manag|extend).*")) return 3;
    return 1;
  }

  /**
   * Recipient countries (ISO 3166-1 alpha-2), always sides of the project's pair: those its region
   * text names (the country's English or Russian name, "(KZ)"-style codes, and for Kazakhstan and
   * Iran the oblasts and provinces known to the shipped data); when the region names neither side,
   * the side other than the investors' (a bilateral investment lands on the other side); empty when
   * still unknown. A record stored before pairs were kept is of the home pair, KAZ-IRN.
   */
  static List<String> recipients(Project p, Countries countries) {
    Pair pair = p.pair() == null ? new Pair("KAZ", "IRN") : p.pair();
    String region = p.region() == null ? "" : p.region().toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String side : pair.sides()) {
      if (named(region, side, countries)) out.add(iso2(side));
    }
    if (!out.isEmpty()) return out;
    List<String> investorCountries = investorCountries(p);
    if (investorCountries.size() == 1 && pair.has(investorCountries.get(0))) {
      return List.of(iso2(pair.other(investorCountries.get(0))));
    }
    return List.of();
  }

  private static boolean named(String region, String iso3, Countries countries) {
    String iso2 = iso2(iso3).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>(PLACES.getOrDefault(iso3, List.of()));
    words.add("(" + iso2 + ")");
    countries
        .byIso3(iso3)
        .ifPresent(
            c -> {
              words.add(c.nameEn().toLowerCase(Locale.ROOT));
              if (c.nameRu() != null) words.add(c.nameRu().toLowerCase(Locale.ROOT));
            });
    return words.stream().anyMatch(region::contains);
  }

  /** ISO 3166-1 alpha-2 for an alpha-3 code, from the JDK's ISO 3166 table. */
  static String iso2(String iso3) {
    for (String code : Locale.getISOCountries()) {
      if (new Locale("", code).getISO3Country().equals(iso3)) return code;
    }
    throw new IllegalArgumentException("no ISO 3166-1 alpha-2 code for " + iso3);
  }

  /**
   * The investors' countries (ISO3): those recorded on investors, else the shipped data's note line
   * "Country of investor: Iran; Kazakhstan (joint)".
   */
  static List<String> investorCountries(Project p) {
    List<String> out = new ArrayList<>();
    for (Project.Investor i : p.investors()) {
      if (i.country() != null && !out.contains(i.country())) out.add(i.country());
    }
    if (!out.isEmpty() || p.notes() == null) return out;
    for (String line : p.notes().split("\n")) {
      if (!line.startsWith("Country of investor:")) continue;
      for (String part : line.substring("Country of investor:".length()).split(";")) {
        String iso = RegistryCsv.countryOf(part.strip());
        if (iso != null && !out.contains(iso)) out.add(iso);
      }
    }
    return out;
  }

  /** NACE-shaped codes (section letter, or division with optional group/class) use vocabulary 4. */
  static boolean nace(String code) {
    return code != null && code.matches("[A-U]|\\d{2}(\\.\\d{1,2})?");
  }

  /** A code for vocabulary 99 (reporting organisation's own) from a sector text. */
  static String ownSectorCode(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }

  /**
   * OrganisationType of the reporting organisation: 10 Government for a government chart of
   * accounts identifier ({@code KZ-COA-…}, {@code IR-COA-…}), else 90 Other.
   */
  static int reporterType(String ref) {
    return ref.matches("[A-Z]{2}-COA-.*") ? 10 : 90;
  }

  /** The MIME type of a source: PDF by its extension, else a web page. */
  static String format(String url) {
    return url.toLowerCase(Locale.ROOT).matches(".*\\.pdf([?#].*)?")
        ? "application/pdf"
        : "text/html";
  }
}
