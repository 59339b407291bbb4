package caravan.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.InvalidValueException;
import caravan.text.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to a note (issue 14 §4): each refused with a message naming the field, and a note that
 * cannot be written leaves nothing behind. A section list of one plain section keeps these tests
 * free of the stores: the refusals come before any section is built, and the write's all or nothing
 * does not depend on what the note says.
 */
class BriefingBadInputTest {
  @TempDir Path tmp;

  static final LocalDate TODAY = LocalDate.of(2025, 12, 20);

  static final BriefingSection PLAIN =
      new BriefingSection() {
        @Override
        public String id() {
          return "plain";
        }

        @Override
        public Section build(BriefingRequest r, Words w) {
          return new Section(
              id(),
              w.get("brief.section.headline"),
              List.of(
                  Section.Line.of("1", new Section.Cite("S", "https://example.org/", null, "q"))),
              List.of());
        }
      };

  final Briefing briefing =
      new Briefing(
          Countries.shipped(),
          List.of(PLAIN),
          Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  @Test
  void an_unknown_pair_language_date_format_or_digits_is_refused_naming_the_field() {
    assertThatThrownBy(() -> briefing.request("XXX", "IRN", null, "ru", null))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("XXX");
    assertThatThrownBy(() -> briefing.request("KAZ", "KAZ", null, "ru", null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> briefing.request("KAZ", "IRN", null, "de", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Language 'de' is not known: use ru, en, kk or fa")
        .satisfies(
            e -> assertThat(((CaravanException) e).details()).containsEntry("field", "lang"));
    // the day after today (2025-12-20 by the fixed clock)
    assertThatThrownBy(() -> briefing.request("KAZ", "IRN", "2025-12-21", "ru", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2025-12-21 is in the future (today is 2025-12-20)")
        .satisfies(
            e -> assertThat(((CaravanException) e).details()).containsEntry("field", "date"));
    assertThatThrownBy(() -> briefing.request("KAZ", "IRN", "11.12.2025", "ru", null))
        .satisfies(
            e -> assertThat(((CaravanException) e).details()).containsEntry("field", "date"));
    assertThatThrownBy(() -> BriefingRequest.Format.parse("docx"))
        .satisfies(
            e -> assertThat(((CaravanException) e).details()).containsEntry("field", "format"));
    assertThatThrownBy(() -> briefing.request("KAZ", "IRN", null, "fa", "roman"))
        .satisfies(
            e -> assertThat(((CaravanException) e).details()).containsEntry("field", "digits"));
    // today itself is allowed
    assertThat(briefing.request("kaz", "irn", "2025-12-20", "EN", null).date()).isEqualTo(TODAY);
  }

  @Test
  void an_output_that_cannot_be_written_leaves_nothing_and_keeps_an_earlier_file()
      throws Exception {
    BriefingRequest r = briefing.request("KAZ", "IRN", null, "en", null);
    Path nowhere = tmp.resolve("no-such-dir").resolve("note.pdf");
    assertThatThrownBy(() -> briefing.write(r, BriefingRequest.Format.PDF, nowhere))
        .isInstanceOf(CaravanException.class)
        .hasMessageContaining("Cannot write the note to " + nowhere)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("nothing was written");
    assertThat(tmp.resolve("no-such-dir")).doesNotExist();

    // a directory in the way: refused, the directory and the folder around it as they were
    Path taken = Files.createDirectory(tmp.resolve("taken.md"));
    assertThatThrownBy(() -> briefing.write(r, BriefingRequest.Format.MD, taken))
        .isInstanceOf(CaravanException.class)
        .hasMessageContaining("it is a directory");
    assertThat(taken).isEmptyDirectory();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken.md");
    }

    // a good write replaces an earlier file whole, and leaves no temporary file beside it
    Path md = tmp.resolve("note.md");
    Files.writeString(md, "earlier");
    briefing.write(r, BriefingRequest.Format.MD, md);
    assertThat(Files.readString(md)).startsWith("# Briefing note: Kazakhstan and Iran");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("taken.md", "note.md");
    }
  }

  @Test
  void the_shipped_fonts_cover_cyrillic_the_kazakh_letters_and_persian() throws Exception {
    String kazakh = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    String russian = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    // Persian letters beyond Arabic's (پ چ ژ گ ک ی), and the Persian digits
    String persian = "پچژگکیابتثجحخدذرزسشصضطظعغفقلمنوه۰۱۲۳۴۵۶۷۸۹";
    try (var dejavu = font("DejaVuSans.ttf");
        var vazir = font("Vazirmatn-Regular.ttf")) {
      for (int c : (kazakh + russian).codePoints().toArray()) {
        assertThat(dejavu.getUnicodeCmapLookup().getGlyphId(c))
            .as("DejaVu Sans has " + Character.toString(c))
            .isGreaterThan(0);
      }
      for (int c : persian.codePoints().toArray()) {
        assertThat(vazir.getUnicodeCmapLookup().getGlyphId(c))
            .as("Vazirmatn has " + Character.toString(c))
            .isGreaterThan(0);
      }
    }
  }

  private static org.apache.fontbox.ttf.TrueTypeFont font(String name) throws Exception {
    try (var in = BriefingBadInputTest.class.getResourceAsStream("/fonts/" + name)) {
      return new org.apache.fontbox.ttf.TTFParser()
          .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
    }
  }
}
