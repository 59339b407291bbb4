package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import caravan.briefing.Briefing;
import caravan.briefing.BriefingRequest;
import caravan.briefing.BriefingSection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KAZ–IRN note (English, Markdown) on the shipped data carries the opportunities section: the
 * shipped BACI sample has no KAZ–IRN year, so the section says it answers from the HS4 2017
 * exports-only matrix, lists products whose figures are those the service gives for the same
 * question (asked here independently), cites the matrix file, and carries the licence notice and
 * the command that brings the import side.
 */
class OpportunitiesBriefingTest {
  @TempDir Path dir;

  @Test
  void the_kaz_irn_note_lists_the_services_opportunities_with_their_source_and_notice() {
    try (App app = App.open(new App.Config(dir.resolve("data"), null, null, null))) {
      List<BriefingSection> sections =
          new ArrayList<>(
              Briefing.standard(app.profiles(), app.figures(), app.registry(), app.corridor()));
      sections.add(new OpportunitiesBriefing(app.opportunities()));
      Briefing briefing =
          new Briefing(
              app.countries(),
              sections,
              Clock.fixed(
                  LocalDate.of(2026, 1, 31).atStartOfDay().toInstant(ZoneOffset.UTC),
                  ZoneOffset.UTC));
      BriefingRequest asked = briefing.request("KAZ", "IRN", "2025-12-20", "en", null);
      String md =
          new String(briefing.render(asked, BriefingRequest.Format.MD), StandardCharsets.UTF_8);

      // the same question, asked of the service directly: top 5, default matrix
      Opportunities kazToIrn =
          app.opportunities().answer(new OpportunityQuery("KAZ", "IRN", null, null, 5, null));
      assertThat(kazToIrn.importSide()).isFalse();
      assertThat(kazToIrn.products()).isNotEmpty();
      Opportunity first = kazToIrn.products().get(0);
      // the figures formatted by the JDK's own formatter, not the note's ICU one
      String expected =
          "- 1. "
              + first.name()
              + " ("
              + first.product()
              + "): RCA "
              + fmt(first.reasons().rcaA(), 2)
              + ", density "
              + fmt(first.reasons().density(), 3)
              + ", PCI "
              + fmt(first.pci(), 2)
              + "[^";
      assertThat(md).contains("## Diversification opportunities");
      assertThat(md).contains(expected);
      assertThat(md).contains("Kazakhstan → Iran: no BACI year of the pair");
      assertThat(md).contains("Iran → Kazakhstan:");
      assertThat(md).contains("research and non-commercial use only");
      assertThat(md).contains("`" + OpportunitiesService.IMPORT_COMMAND + "`");
      // the product line's footnote names the matrix file
      String mark = md.substring(md.indexOf(expected) + expected.length()).split("]")[0];
      assertThat(md)
          .containsPattern(
              "\\[\\^"
                  + mark
                  + "\\]: HS 2017, 4 digits world export matrix,"
                  + " data/world_trade/ots_world_exports_hs4_2017.csv");
    }
  }

  private static String fmt(double v, int fraction) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
    f.setMaximumFractionDigits(fraction);
    return f.format(v);
  }
}
