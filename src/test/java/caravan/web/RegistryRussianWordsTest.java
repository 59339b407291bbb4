package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.registry.Decision;
import caravan.registry.PartialDate;
import caravan.registry.Source;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Russian registry pages show the registry's coded values (an agreement's status, an action's party
 * and type, a project's stage, a decision's status, a unit) in Russian: no English code or English
 * label is left in the cells that show them. The expected words are read from the Russian bundle
 * file itself, the codes from the shipped data and the records.
 */
class RegistryRussianWordsTest {
  @RegisterExtension static final TestServer web = new TestServer();

  /** The codes, and their English labels, that must not show on a Russian page. */
  static final Set<String> ENGLISH =
      Set.of(
          "in force",
          "signed",
          "ratified",
          "terminated",
          "no actions",
          "IN_FORCE",
          "SIGNED",
          "RATIFIED",
          "TERMINATED",
          "NO_ACTIONS",
          "PROVISIONALLY_APPLIED",
          "BOTH",
          "CONSTRUCTION",
          "OPERATING",
          "AGREED",
          "IDEA",
          "FINANCING",
          "PLANNED",
          "USD_million");

  static Properties ru;

  @BeforeAll
  static void words() throws Exception {
    ru = new Properties();
    try (InputStream in =
        RegistryRussianWordsTest.class.getResourceAsStream("/i18n/messages_ru.properties")) {
      ru.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    web.app()
        .registry()
        .create(
            new Decision(
                null,
                0,
                19,
                "1",
                "Открыть торговый дом",
                Map.of("KAZ", "МТИ"),
                PartialDate.of(2026, 6),
                Decision.Status.PLANNED,
                List.of(),
                List.of(),
                null,
                List.of(new Source("https://example.org/p", PartialDate.of(2025, 12), "q"))),
            "alice");
  }

  @Test
  void list_cells_of_coded_values_are_russian() throws Exception {
    // agreements: columns titles, kind, signedOn, status; the status is the 5th cell (id first)
    assertColumn("/registry/agreements?lang=ru", 4);
    // projects: title, sectorText, region, stage, amount: the stage is the 5th cell
    assertColumn("/registry/projects?lang=ru", 4);
    // decisions: sessionNumber, text, deadline, status: the status is the 5th cell
    assertColumn("/registry/decisions?lang=ru", 4);
    // indicators: indicator, title, unit, …: the unit (USD_million for the stated targets) 4th
    List<String> units = column(web.get("/registry/indicators?lang=ru"), 3);
    assertThat(units).contains(ru.getProperty("unit.USD_million"));
    assertThat(units).doesNotContainAnyElementsOf(ENGLISH);
  }

  @Test
  void the_timeline_names_parties_and_steps_in_russian() throws Exception {
    String html = web.get("/registry/agreements/timeline?lang=ru");
    Matcher m = Pattern.compile("<ul class=\"actions\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
    List<String> parts = new ArrayList<>();
    while (m.find()) {
      Matcher li = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(m.group(1));
      while (li.find()) {
        // "date · party · step — the source's own words": the note stays as the source wrote it
        String[] p = li.group(1).split(" — ")[0].split(" · ");
        parts.add(p[1].strip());
        parts.add(p[2].strip());
      }
    }
    assertThat(parts).isNotEmpty().doesNotContainAnyElementsOf(ENGLISH);
    assertThat(parts).contains(ru.getProperty("registry.enum.BOTH"));
    assertThat(parts).contains(ru.getProperty("registry.enum.SIGNED"));
    Matcher badge = Pattern.compile("<span class=\"badge status\">(.*?)</span>").matcher(html);
    List<String> statuses = new ArrayList<>();
    while (badge.find()) statuses.add(badge.group(1).strip());
    assertThat(statuses).isNotEmpty().doesNotContainAnyElementsOf(ENGLISH);
    assertThat(statuses).contains(ru.getProperty("registry.enum.IN_FORCE"));
  }

  private static void assertColumn(String path, int index) throws Exception {
    List<String> cells = column(web.get(path), index);
    assertThat(cells).as(path).isNotEmpty().doesNotContainAnyElementsOf(ENGLISH);
    // every non-empty cell is one of the Russian labels of the bundle
    assertThat(cells.stream().filter(c -> !c.isEmpty()))
        .as(path)
        .allMatch(c -> ru.containsValue(c), "a Russian label of the bundle");
  }

  /** The text of cell {@code index} (0: the id) of every row of the page's list. */
  static List<String> column(String html, int index) {
    String table = html.substring(html.indexOf("id=\"registry-list\""));
    Matcher row = Pattern.compile("<tr data-id=[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
    List<String> out = new ArrayList<>();
    while (row.find()) {
      Matcher td = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
      int i = 0;
      while (td.find()) {
        if (i++ == index) out.add(td.group(1).replaceAll("<[^>]+>", "").strip());
      }
    }
    return out;
  }
}
