package caravan.text;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a start spends its time: with {@code CARAVAN_TRACE_START=1} each phase prints one line on
 * standard error with the milliseconds since the JVM started and since the previous phase. Off, a
 * mark costs one field read, so the marks stay in the code that they measure.
 */
public final class StartTrace {
  private static final boolean ON = System.getenv("CARAVAN_TRACE_START") != null;
  private static long last = -1;

  private StartTrace() {}

  /** Notes that {@code phase} has just ended. */
  public static synchronized void mark(String phase) {
    if (!ON) return;
    long sinceJvm =
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(s -> Duration.between(s, Instant.now()).toMillis())
            .orElse(-1L);
    long now = System.nanoTime();
    long step = last < 0 ? 0 : (now - last) / 1_000_000;
    last = now;
    System.err.printf("start: %-28s %6d ms (+%d ms)%n", phase, sinceJvm, step);
  }
}
