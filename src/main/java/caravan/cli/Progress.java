package caravan.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, drawn only when a person watches a terminal. */
final class Progress {
  private static final int WIDTH = 30;
  private final String label;
  private final long total;
  private final PrintStream err = System.err;
  private final boolean visible = System.console() != null;
  private int shown = -1;

  Progress(String label, long total) {
    this.label = label;
    this.total = total;
  }

  void update(long done) {
    if (!visible || total <= 0) return;
    int pct = (int) Math.min(100, done * 100 / total);
    if (pct == shown) return;
    shown = pct;
    int filled = pct * WIDTH / 100;
    err.print(
        "\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + "%");
    err.flush();
  }

  void done() {
    if (visible && shown >= 0) err.println();
  }
}
