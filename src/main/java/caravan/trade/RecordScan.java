package caravan.trade;

import caravan.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming look at a file's bytes before DuckDB stages it (the detailed path only), so that a
 * file DuckDB's CSV reader cannot follow is refused with its line in words, and a file of garbage
 * is refused after its first lines, in constant memory: DuckDB keeps a record of several KB for
 * every malformed line it sets aside (a 30 MB file of one-field lines took it 5.9 GB and 54 s).
 *
 * <p>It reads bytes, not text, because what it looks for is below a CSV library: which line endings
 * the lines use, NUL bytes, and where a quote opens that its line does not close (FastCSV would
 * read the rest of the file as one field and fail on its buffer size). Quotes follow the rules
 * DuckDB reads with ({@code quote = escape = '"'}): a quote opens a field only at its start, a
 * doubled quote inside is one quote, and elsewhere a quote is a letter. Trade files hold no text
 * that spans lines, so a quoted field must close on its line.
 */
final class RecordScan {
  /** More malformed lines than this refuse a file whatever {@code --max-rejected} allows. */
  static final int MALFORMED_LIMIT = 10_000;

  /** A line longer than this is no line of a trade file (a BACI line is under 60 bytes). */
  static final int MAX_LINE_BYTES = 1 << 20;

  private enum Eol {
    LF,
    CRLF,
    CR,
    NONE
  }

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    CLOSED
  }

  private final Path file;
  private final String name;
  private final List<String> header;
  private final ImportOptions options;
  private final long size;
  private final List<Text> problems = new ArrayList<>();
  private long problemCount;
  private long rows;
  private long malformed;
  private long unreadable;
  private String stop;

  private long line = 1;
  private long lineBytes;
  private int fields;
  private State state = State.FIELD_START;
  private String lineField;
  private Text lineProblem;
  private Eol eol;
  private boolean mixReported;

  private RecordScan(Path file, String name, List<String> header, ImportOptions options)
      throws IOException {
    this.file = file;
    this.name = name;
    this.header = header;
    this.options = options;
    this.size = Files.size(file);
  }

  /**
   * Reads the file once and returns when DuckDB may stage it; otherwise throws.
   *
   * @throws ImportException when a line cannot be read as CSV (a stray quote, mixed line endings, a
   *     NUL byte, a line over 1 MiB), or when the lines whose fields do not match the header
   *     already make the rejected share impossible to meet (or pass {@link #MALFORMED_LIMIT})
   */
  static void check(Path file, String name, List<String> header, ImportOptions options, long t0) {
    RecordScan s;
    try {
      s = new RecordScan(file, name, header, options);
      s.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    s.verdict((System.nanoTime() - t0) / 1e9);
  }

  private void run() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      long consumed = 0;
      boolean first = true;
      boolean pendingCr = false;
      int n;
      while ((n = in.read(buf)) > 0) {
        int i = 0;
        if (first) {
          first = false;
          if (n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            i = 3;
          }
        }
        for (; i < n; i++) {
          byte b = buf[i];
          if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
              endLine(Eol.CRLF, consumed + i + 1);
              if (stop != null) return;
              continue;
            }
            endLine(Eol.CR, consumed + i);
            if (stop != null) return;
          }
          if (b == '\r') pendingCr = true;
          else if (b == '\n') {
            endLine(Eol.LF, consumed + i + 1);
            if (stop != null) return;
          } else {
            take(b);
          }
        }
        consumed += n;
      }
      if (pendingCr) endLine(Eol.CR, consumed);
      else if (lineBytes > 0) endLine(Eol.NONE, consumed);
    }
  }

  private void take(byte b) {
    lineBytes++;
    if (b == 0) lineFault("row", Text.of("lang.imp.nul"));
    if (lineBytes == MAX_LINE_BYTES + 1) {
      lineFault("row", Text.of("lang.imp.long"));
    }
    switch (state) {
      case FIELD_START -> {
        if (b == '"') state = State.QUOTED;
        else if (b == ',') fields++;
        else state = State.UNQUOTED;
      }
      case UNQUOTED -> {
        if (b == ',') {
          fields++;
          state = State.FIELD_START;
        }
      }
      case QUOTED -> {
        if (b == '"') state = State.CLOSED;
      }
      case CLOSED -> {
        if (b == '"') state = State.QUOTED;
        else if (b == ',') {
          fields++;
          state = State.FIELD_START;
        } else {
          lineFault(field(fields), Text.of("lang.imp.afterQuote"));
          state = State.UNQUOTED;
        }
      }
    }
  }

  private String field(int index) {
    return index < header.size() ? header.get(index) : "row";
  }

  private void lineFault(String field, Text reason) {
    if (lineProblem == null) {
      lineField = field;
      lineProblem = reason;
    }
  }

  private void endLine(Eol kind, long offset) {
    if (state == State.QUOTED) {
      lineFault(field(fields), Text.of("lang.imp.openQuote"));
    }
    if (line == 1) {
      eol = kind;
    } else {
      if (kind != Eol.NONE && kind != eol && !mixReported) {
        mixReported = true;
        lineFault("row", Text.of("lang.imp.mixed", String.valueOf(kind), String.valueOf(eol)));
      }
      if (lineProblem != null) {
        rows++;
        unreadable++;
        problem(lineField, lineProblem);
        if (unreadable >= ImportService.SHOWN) stop = "unreadable";
      } else if (lineBytes > 0) {
        rows++;
        int count = fields + 1;
        if (count != header.size()) {
          malformed++;
          String has = String.valueOf(header.size());
          if (count < header.size())
            problem(
                header.get(count),
                count == 1
                    ? Text.of("lang.imp.missingOne", has)
                    : Text.of("lang.imp.missing", String.valueOf(count), has));
          else problem("row", Text.of("lang.imp.extra", String.valueOf(count), has));
          if (malformed > MALFORMED_LIMIT) stop = "limit";
          else if (malformed >= ImportService.SHOWN && !canMeetShare(offset)) stop = "share";
        }
      }
    }
    line++;
    lineBytes = 0;
    fields = 0;
    state = State.FIELD_START;
    lineProblem = null;
  }

  /** Whether the share could still be met if every byte left were the shortest good row. */
  private boolean canMeetShare(long offset) {
    long most = rows + Math.max(0, size - offset) / header.size();
    return malformed <= options.maxRejectedShare() * most;
  }

  private void problem(String field, Text reason) {
    problemCount++;
    if (problems.size() < ImportService.SHOWN)
      problems.add(Text.of("lang.imp.problem", name, String.valueOf(line), field, reason));
  }

  private void verdict(double seconds) {
    Text summary;
    String last = String.valueOf(line - 1);
    if (unreadable > 0) {
      Text stopped = stop != null ? Text.of("lang.imp.stoppedAt", last) : Text.literal("");
      summary =
          unreadable == 1
              ? Text.of("lang.imp.unreadableOne", name, stopped)
              : Text.of("lang.imp.unreadable", name, String.valueOf(unreadable), stopped);
    } else if ("limit".equals(stop)) {
      summary =
          Text.of(
              "lang.imp.limit",
              name,
              String.valueOf(MALFORMED_LIMIT),
              last,
              String.valueOf(header.size()));
    } else if ("share".equals(stop)) {
      summary =
          Text.of(
              "lang.imp.share",
              name,
              String.valueOf(malformed),
              String.valueOf(rows),
              last,
              String.valueOf(header.size()),
              String.format("%.2f", 100.0 * options.maxRejectedShare()));
    } else {
      return;
    }
    List<Text> shown = new ArrayList<>(problems);
    long more = problemCount - problems.size();
    if (stop != null) {
      Text before =
          more > 0 ? Text.of("lang.imp.moreBefore", String.valueOf(more)) : Text.literal("");
      shown.add(Text.of("lang.imp.stopped", last, before));
    } else if (more > 0) {
      shown.add(Text.of("lang.imp.moreFound", String.valueOf(more)));
    }
    ImportReport report =
        new ImportReport(
            name, options.format(), rows, 0, malformed + unreadable, shown, seconds, false, false);
    throw new ImportException(summary, shown, report);
  }
}
