package caravan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KAZ–IRN note on the shipped data, as of 2025-12-20 (the talks of 11 December behind it),
 * rendered in each language as PDF, HTML and Markdown. Expected figures and quotes are read from
 * data/figures/stated-figures.csv by hand (quoted in comments), not from the code under test.
 */
class BriefingNoteTest {
  @TempDir static Path dir;
  static App app;
  static Briefing briefing;
  static final LocalDate DAY = LocalDate.of(2025, 12, 20);
  static final LocalDate TODAY = LocalDate.of(2026, 1, 31);

  @BeforeAll
  static void open() {
    app = App.open(new App.Config(dir.resolve("data"), null, null, null));
    briefing =
        new Briefing(
            app.countries(),
            Briefing.standard(app.profiles(), app.figures(), app.registry(), app.corridor()),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static final Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Each language's PDF, rendered once for the class (a render takes seconds on a shared CI). */
  static byte[] pdf(String lang) {
    return PDFS.computeIfAbsent(lang, l -> briefing.render(asked(l), BriefingRequest.Format.PDF));
  }

  static BriefingRequest asked(String lang) {
    return briefing.request("KAZ", "IRN", DAY.toString(), lang, null);
  }

  /** The PDF's text, letters in their base forms (NFKC undoes Arabic presentation forms). */
  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
    }
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void every_language_prints_its_words_the_footnotes_and_the_sources() throws Exception {
    // R21 (stated-figures.csv): Eurasian Star, "Tokayev reported that last year, bilateral trade
    // exceeded $340 million"
    String url = "https://www.eurasianstar.com/kazakhstan-and-iran-hold-business-forum-in-astana";
    Map<String, List<String>> words =
        Map.of(
            "ru",
            List.of("Справка: Казахстан и Иран", "Главные цифры", "Источники", "2018"),
            "en",
            List.of("Briefing note: Kazakhstan and Iran", "Headline figures", "Sources"),
            // Kazakh letters ә қ ө і ғ ү ң ұ in the section titles and the subtitle
            "kk",
            List.of(
                "Анықтама: Қазақстан және Иран",
                "Негізгі көрсеткіштер",
                "шоғырланған",
                "Дереккөздер",
                "нөмірленген",
                "Құрылыс",
                "күні"),
            "fa",
            List.of("یادداشت توجیهی", "ارقام اصلی", "منابع"));
    for (String lang : BriefingRequest.LANGUAGES) {
      byte[] pdf = pdf(lang);
      String text = text(pdf);
      for (String w : words.get(lang)) {
        assertThat(squeeze(text)).as(lang + ": " + w).contains(squeeze(w));
      }
      assertThat(squeeze(text)).as(lang).contains(squeeze(url));
      assertThat(squeeze(text))
          .as(lang)
          .contains(
              squeeze("Tokayev reported that last year, bilateral trade exceeded $340 million"));
      // footnote marks: [1] in Latin digits; in a Persian note [۱], whose brackets PDFBox gives
      // back as drawn, mirrored by the right-to-left run (]۱[)
      if (lang.equals("fa")) assertThat(text).containsPattern("[\\[\\]] ?۱ ?[\\[\\]]");
      else assertThat(text).as(lang).contains("[1]");
      assertNotBlank(pdf, lang);
    }
  }

  @Test
  void the_persian_pdf_runs_right_to_left_with_persian_digits() throws Exception {
    Note note = briefing.note(asked("fa"));
    assertThat(note.rtl()).isTrue();
    String html = HtmlNote.page(note);
    assertThat(html).contains("dir=\"rtl\"");
    String text = text(pdf("fa"));
    // Extracted in logical order, the title's words read first to last as written: reversed runs
    // would give the letters backwards (تشادای) and the words in the other order.
    String title = "یادداشت توجیهی: قزاقستان و ایران";
    assertThat(text).doesNotContain(new StringBuilder("یادداشت").reverse().toString());
    int first = text.indexOf("یادداشت"), second = text.indexOf("توجیهی");
    int third = text.indexOf("قزاقستان"), fourth = text.indexOf("ایران", third);
    assertThat(first).as(text.substring(0, Math.min(400, text.length()))).isGreaterThanOrEqualTo(0);
    assertThat(second).isGreaterThan(first);
    assertThat(third).isGreaterThan(second);
    assertThat(fourth).isGreaterThan(third);
    assertThat(squeeze(text)).contains(squeeze(title));
    // the 3 billion target (T05/S02: "3 млрд долларов") by 2030, in Persian digits: ۳٬۰۰۰٫۰ and
    // ۲۰۳۰
    assertThat(text).contains("۲۰۳۰").contains("۳٬۰۰۰٫۰");
    // with Latin digits asked, the same note has none of them
    String latin =
        text(
            briefing.render(
                briefing.request("KAZ", "IRN", DAY.toString(), "fa", "latin"),
                BriefingRequest.Format.PDF));
    assertThat(latin).contains("2030").doesNotContain("۲۰۳۰");
  }

  @Test
  void footnotes_are_numbered_in_order_and_every_mark_has_its_source() {
    Note note = briefing.note(asked("en"));
    List<Note.Footnote> notes = note.footnotes();
    for (int i = 0; i < notes.size(); i++) assertThat(notes.get(i).number()).isEqualTo(i + 1);
    int seen = 0;
    for (Note.Part p : note.parts()) {
      for (Note.NumberedLine l : p.lines()) {
        for (int n : l.notes()) {
          assertThat(n).isBetween(1, notes.size());
          // first use in reading order: no number jumps ahead of those already used
          assertThat(n).isLessThanOrEqualTo(seen + 1);
          seen = Math.max(seen, n);
        }
      }
    }
    assertThat(seen).isEqualTo(notes.size());
    // the 2018 conflict: R08 516.3 m USD (with R09 426.7 + R10 89.5) in the set, R07 422 m
    // left out (stated-figures.csv)
    Note.Part conflicts = part(note, "conflicts");
    assertThat(conflicts.lines().get(0).text()).contains("2018").contains("516.3 m USD");
    assertThat(conflicts.lines().get(1).text()).contains("422.0 m USD");
    Note.Footnote r07 = notes.get(conflicts.lines().get(1).notes().get(0) - 1);
    assertThat(r07.source().label()).contains("R07");
    assertThat(r07.source().quote()).isEqualTo("сократившись к 2018 году до $422 млн");
  }

  @Test
  void a_section_without_data_says_what_is_missing_and_how_to_get_it() {
    Note note = briefing.note(asked("ru"));
    assertThat(note.parts().stream().map(Note.Part::id))
        .containsExactly(
            "headline",
            "freight",
            "traded",
            "mirror",
            "agreements",
            "decisions",
            "projects",
            "events",
            "conflicts");
    // no KAZ–IRN product flows are shipped (only a ZAF→KAZ BACI sample)
    Note.Part traded = part(note, "traded");
    assertThat(traded.lines()).isEmpty();
    assertThat(traded.missing().get(0).command())
        .isEqualTo("caravan fetch comtrade --reporter KAZ --partner IRN --years 2015-2024");
    // no commission decision is shipped either
    assertThat(part(note, "decisions").missing()).isNotEmpty();
  }

  @Test
  void the_registry_is_read_as_of_the_notes_day() {
    // AGR-001, the joint statement of the presidents, was signed on 2025-12-11
    String joint = "Joint Statement of the Presidents of Kazakhstan and Iran";
    String after = lines(briefing.note(asked("en")), "agreements");
    String before =
        lines(
            briefing.note(briefing.request("KAZ", "IRN", "2025-12-01", "en", null)), "agreements");
    assertThat(after).contains(joint);
    assertThat(before).doesNotContain(joint);
    // EVT-005's round table of 15 December is ahead on 2025-12-13; on 2026-01-05 every event
    // is behind (EVT-006, dated only 2025-12, could still be ahead on 2025-12-20)
    assertThat(
            lines(
                briefing.note(briefing.request("KAZ", "IRN", "2025-12-13", "en", null)), "events"))
        .contains("Round table")
        .doesNotContain("No upcoming event");
    assertThat(
            lines(
                briefing.note(briefing.request("KAZ", "IRN", "2026-01-05", "en", null)), "events"))
        .contains("No upcoming event");
  }

  @Test
  void the_figures_are_those_known_on_the_notes_day() {
    // stated-figures.csv: R13 (2020: 237 m) was said on 2021-04-07, R11 (2019: 302 m) on
    // 2020-01-08, so on 2021-01-01 the latest known year is 2019; the 2025 growth (S01, R22) and
    // the 2025 FDI (S03) are not yet said; R07 (2018: 422 m) was said on 2020-01-08
    Note then = briefing.note(briefing.request("KAZ", "IRN", "2021-01-01", "en", null));
    String head = lines(then, "headline");
    assertThat(head).contains("Turnover 2019: 302.0 m USD").doesNotContain("2025-01..2025-10");
    assertThat(head).doesNotContain("17.8 m USD");
    assertThat(lines(then, "conflicts")).contains("422.0 m USD");
    // on 2019-06-01 the 2018 set (R08-R10, undated) is the latest, and R07 not yet said
    Note before = briefing.note(briefing.request("KAZ", "IRN", "2019-06-01", "en", null));
    assertThat(lines(before, "headline")).contains("Turnover 2018: 516.3 m USD");
    assertThat(lines(before, "conflicts")).doesNotContain("422.0");
  }

  @Test
  void html_and_markdown_carry_the_same_note() throws Exception {
    String html =
        new String(
            briefing.render(asked("kk"), BriefingRequest.Format.HTML), StandardCharsets.UTF_8);
    // well-formed XML, as the PDF renderer needs
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("lang=\"kk\"").contains("dir=\"ltr\"").contains("href=\"#fn1\"");
    String md =
        new String(briefing.render(asked("en"), BriefingRequest.Format.MD), StandardCharsets.UTF_8);
    int marks = 0;
    Matcher m = Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(md);
    while (m.find()) marks = Math.max(marks, Integer.parseInt(m.group(1)));
    int defs = (int) md.lines().filter(l -> l.matches("\\[\\^\\d+\\]: .*")).count();
    assertThat(defs).isEqualTo(marks).isEqualTo(briefing.note(asked("en")).footnotes().size());
    assertThat(md).startsWith("# Briefing note: Kazakhstan and Iran");
  }

  static Note.Part part(Note n, String id) {
    return n.parts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  static String lines(Note n, String id) {
    return String.join("\n", part(n, id).lines().stream().map(Note.NumberedLine::text).toList());
  }

  /**
   * The first and last pages, drawn at 40 dpi, have ink: at least 0.5 % of its pixels are not
   * white.
   */
  static void assertNotBlank(byte[] pdf, String lang) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer r = new PDFRenderer(doc);
      // the first page and the last, where a note that lost its text or ran over would show
      for (int page : java.util.Set.of(0, doc.getNumberOfPages() - 1)) {
        BufferedImage img = r.renderImageWithDPI(page, 40);
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
          for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) ink++;
          }
        }
        assertThat(ink)
            .as(lang + " page " + (page + 1))
            .isGreaterThan((long) (img.getWidth() * img.getHeight() * 0.005));
      }
    }
  }
}
