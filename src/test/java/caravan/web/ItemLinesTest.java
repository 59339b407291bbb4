package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.registry.Decision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemLinesTest {
  @Test
  void a_link_typed_in_lower_case_names_the_record_by_its_stored_id() {
    List<String> problems = new ArrayList<>();
    // registry ids are upper case (AGR-001): the typed agr-001 must link to that record
    List<Decision.Link> links = ItemLines.links("agr-001\nPROJECT prj-002", problems);
    assertThat(problems).isEmpty();
    assertThat(links)
        .containsExactly(
            new Decision.Link(Decision.LinkType.AGREEMENT, "AGR-001"),
            new Decision.Link(Decision.LinkType.PROJECT, "PRJ-002"));
  }
}
