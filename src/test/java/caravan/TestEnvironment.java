package caravan;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a component outside the JVM (a browser, a PostgreSQL server) skip with a visible
 * reason on a developer's machine, but fail when {@code CI} is set, so CI never passes by skipping.
 */
public final class TestEnvironment {
  private TestEnvironment() {}

  public static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }

  /** Skips (or, under CI, fails) the calling test unless {@code available}. */
  public static void require(boolean available, String reason) {
    if (available) return;
    if (inCi()) fail("Required by CI but absent: " + reason);
    // Maven prints a skipped test as a count only: the reason goes to the build's output too
    System.err.println("[SKIPPED] " + reason);
    Assumptions.assumeTrue(false, "Skipped: " + reason);
  }
}
