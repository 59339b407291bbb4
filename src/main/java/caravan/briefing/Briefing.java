package caravan.briefing;

import caravan.text.CaravanException;
import caravan.text.Countries;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The briefing feature's public face: a note for a pair, assembled from the sections the features
 * contribute (in the order given), its footnotes numbered across sections, written as HTML,
 * Markdown or PDF.
 */
public final class Briefing {
  private final Countries countries;
  private final List<BriefingSection> sections;
  private final Clock clock;

  public Briefing(Countries countries, List<BriefingSection> sections, Clock clock) {
    this.countries = countries;
    this.sections = List.copyOf(sections);
    this.clock = clock;
  }

  /** The sections the features of this build contribute, in the note's order. */
  public static List<BriefingSection> standard(
      caravan.trade.ProfileService profiles,
      caravan.figures.FiguresService figures,
      caravan.registry.RegistryService registry,
      caravan.corridor.CorridorService corridor) {
    return List.of(
        new HeadlineSection(profiles, figures),
        new FreightSection(figures, corridor),
        new TradeSection(profiles, false),
        new TradeSection(profiles, true),
        new RegistrySection(registry, RegistrySection.Part.AGREEMENTS),
        new RegistrySection(registry, RegistrySection.Part.DECISIONS),
        new RegistrySection(registry, RegistrySection.Part.PROJECTS),
        new RegistrySection(registry, RegistrySection.Part.EVENTS),
        new ConflictsSection(profiles));
  }

  /** Today by the feature's clock: the latest day a note may be asked for. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The request as the doors take it, each part checked (see BriefingRequest#parse). */
  public BriefingRequest request(String a, String b, String date, String lang, String digits) {
    BriefingRequest r = BriefingRequest.parse(a, b, date, lang, digits, today());
    countries.require(r.a());
    countries.require(r.b());
    return r;
  }

  /** The note: every section built, the sources numbered in order of first use. */
  public Note note(BriefingRequest r) {
    Words w = r.words();
    Map<Section.Cite, Integer> numbers = new LinkedHashMap<>();
    List<Note.Part> parts = new ArrayList<>();
    for (BriefingSection s : sections) {
      Section built = s.build(r, w);
      List<Note.NumberedLine> lines = new ArrayList<>();
      for (Section.Line l : built.lines()) {
        List<Integer> ns =
            l.sources().stream()
                .map(c -> numbers.computeIfAbsent(c, k -> numbers.size() + 1))
                .distinct()
                .toList();
        lines.add(new Note.NumberedLine(l.text(), ns));
      }
      parts.add(new Note.Part(built.id(), built.title(), lines, built.missing()));
    }
    List<Note.Footnote> notes = new ArrayList<>();
    numbers.forEach((c, n) -> notes.add(new Note.Footnote(n, c)));
    return new Note(
        r.lang(),
        w.rtl(),
        w.get("brief.title", w.country(r.a()), w.country(r.b())),
        w.get("brief.subtitle", w.date(r.date())),
        parts,
        notes,
        w);
  }

  /** The note written in {@code format}. */
  public byte[] render(BriefingRequest r, BriefingRequest.Format format) {
    Note n = note(r);
    return switch (format) {
      case HTML -> HtmlNote.page(n).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case MD -> MarkdownNote.write(n).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case PDF -> PdfNote.write(n);
      case JSON -> json(n);
    };
  }

  private static byte[] json(Note n) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(n);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes the note to {@code target} whole or not at all: into a temporary file beside it, then
   * moved into place, so a failure leaves no half-written note (and any earlier file as it was).
   */
  public void write(BriefingRequest r, BriefingRequest.Format format, Path target) {
    byte[] bytes = render(r, format);
    Path full = target.toAbsolutePath();
    Path dir = full.getParent();
    Path temp = null;
    if (Files.isDirectory(full)) {
      throw new CaravanException(
          caravan.text.Text.of(
              "brief.error.output", target.toString(), caravan.text.Text.of("brief.error.isDir")),
          Map.of("field", "output", "value", target.toString()));
    }
    try {
      temp = Files.createTempFile(dir, ".brief-", ".part");
      Files.write(temp, bytes);
      try {
        Files.move(temp, full, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, full, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the failure below is the one to tell
        }
      }
      if (e instanceof CaravanException c) throw c;
      throw new CaravanException(
          caravan.text.Text.of("brief.error.output", target.toString(), reason(e)),
          Map.of("field", "output", "value", target.toString()),
          e);
    }
  }

  // a Text argument is worded in the reader's language with the sentence around it
  private static Object reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return caravan.text.Text.of("brief.error.noSuchDir", String.valueOf(n.getFile()));
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return caravan.text.Text.of("brief.error.denied", String.valueOf(a.getFile()));
    }
    return String.valueOf(e.getMessage());
  }
}
