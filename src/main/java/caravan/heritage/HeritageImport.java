package caravan.heritage;

import caravan.registry.RegistryService;
import caravan.registry.ValidationException;
import caravan.text.Text;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code caravan import-heritage FILE}: a CSV of catalogue records in the columns of the shipped
 * data/heritage/items.csv (README, "Heritage"), checked whole before anything is written: a record
 * without a title or holder, a date its calendar lacks, an image file that is not an image, a link
 * to an agreement or event that does not exist. Every problem comes back as {@code file:line:field:
 * reason} in one {@link ValidationException}; then all records are written in one transaction, or
 * none.
 */
final class HeritageImport {
  private static final Pattern WHERE = Pattern.compile("HeritageItem (\\S+)");

  private final RegistryService registry;

  HeritageImport(RegistryService registry) {
    this.registry = registry;
  }

  int run(Path file, Path dataDir, String user) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String text = read(file, name);
    HeritageCsv.Read read = HeritageCsv.read(name, text, registry.homePair());
    List<Text> problems = new ArrayList<>(read.problems());
    Map<String, Long> lines = lines(text);
    for (HeritageItem item : read.items()) {
      for (int i = 0; i < item.images().size(); i++) {
        Text p = Images.contentProblem(dataDir, item.images().get(i));
        if (p != null) {
          problems.add(
              HeritageCsv.at(
                  name, line(lines, item.id()), HeritageItem.at("images[" + i + "]", p)));
        }
      }
    }
    if (read.items().isEmpty() && problems.isEmpty()) {
      problems.add(HeritageCsv.at(name, 1, HeritageItem.at("file", Text.of("her.imp.noRecords"))));
    }
    if (!problems.isEmpty()) throw refused(name, problems);
    try {
      return registry.createAll(read.items(), user);
    } catch (ValidationException e) {
      // the registry names a record by its id: name its line instead
      List<Text> located = new ArrayList<>();
      for (Text p : e.problemTexts()) {
        Matcher m =
            p.key().equals("lang.jr.field") && p.args().get(0) instanceof String where
                ? WHERE.matcher(where)
                : null;
        located.add(
            m != null && m.matches()
                ? HeritageCsv.at(name, line(lines, m.group(1)), (Text) p.args().get(1))
                : Text.of("her.inFile", name, p));
      }
      throw refused(name, located);
    }
  }

  private static ValidationException refused(String name, List<Text> problems) {
    return ValidationException.worded(Text.of("her.imp.refused", name), problems);
  }

  private static String read(Path file, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw refused(
          name,
          List.of(
              HeritageCsv.at(
                  name,
                  0,
                  HeritageItem.at(
                      "file", Text.of("her.imp.unreadable", String.valueOf(e.getMessage()))))));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused(
          name,
          List.of(HeritageCsv.at(name, 1, HeritageItem.at("file", Text.of("her.imp.notUtf8")))));
    }
  }

  /** The line each id's row starts at, read independently of the CSV reader. */
  private static Map<String, Long> lines(String text) {
    Map<String, Long> at = new HashMap<>();
    try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(text)) {
      for (var r : csv) {
        r.findField("id").ifPresent(id -> at.putIfAbsent(id.strip(), r.getStartingLineNumber()));
      }
    } catch (IOException | RuntimeException e) {
      // the reader's own problems were reported already
    }
    return at;
  }

  private static String line(Map<String, Long> lines, String id) {
    Long l = lines.get(id);
    return l == null ? "?" : String.valueOf(l);
  }
}
