package caravan.claims;

import caravan.App;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TalksClaimsTest {
  static Path dir;
  static App app;
  static ClaimCheck check;

  @BeforeAll
  static void open() throws Exception {
    dir = Files.createTempDirectory("caravan-claims");
    app = App.open(new App.Config(dir, null, null, null));
    check =
        new ClaimCheck(
            app.figures(),
            app.profiles(),
            app.countries(),
            Clock.fixed(java.time.Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void print() throws Exception {
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/claims/2025-12-11-kazakhstan-iran-talks.ru.txt")) {
      text = ClaimText.read(in);
    }
    ClaimReport r = check.check("KAZ", "IRN", text, null, null);
    System.out.println(r.date() + " " + r.dateFrom() + " " + r.language());
    for (Verdict v : r.verdicts()) System.out.println(v);
  }
}
