package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The field descriptions are the one list of each kind's fields: they match the records, name the
 * required fields the records' own checks require, and every label they point to exists in English
 * and Russian.
 */
class FieldsTest {
  static final List<String> BOOKKEEPING = List.of("id", "version", "sources", "pair");

  @Test
  void every_component_of_every_kind_is_described_once_in_order() {
    assertThat(List.<Class<?>>copyOf(Fields.kinds())).hasSameElementsAs(RecordsOfTheRegistry.ALL);
    for (Class<? extends RegistryRecord> type : Fields.kinds()) {
      List<String> components =
          Arrays.stream(type.getRecordComponents())
              .map(RecordComponent::getName)
              .filter(n -> !BOOKKEEPING.contains(n))
              .toList();
      List<String> stored =
          Fields.of(type).stream().filter(RecordField::stored).map(RecordField::name).toList();
      assertThat(stored).as(type.getSimpleName()).isEqualTo(components);
    }
  }

  @Test
  void an_enum_fields_values_are_its_constants() {
    for (Class<? extends RegistryRecord> type : Fields.kinds()) {
      for (RecordField f : Fields.of(type)) {
        if (f.type() != RecordField.Type.ENUM) continue;
        Class<?> enumType =
            Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(f.name()))
                .findFirst()
                .orElseThrow()
                .getType();
        List<String> constants =
            Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        assertThat(f.values()).as(type.getSimpleName() + "." + f.name()).isEqualTo(constants);
      }
    }
  }

  /**
   * An empty record of each kind (read from {@code {}}) is refused by its own checks for each field
   * the description calls required, and the problem names that field.
   */
  @Test
  void required_fields_are_the_ones_an_empty_record_is_refused_for() throws Exception {
    for (Class<? extends RegistryRecord> type : Fields.kinds()) {
      RegistryRecord empty = RegistryStore.JSON.readValue("{}", type);
      List<String> problems = empty.problems();
      for (RecordField f : Fields.of(type)) {
        if (!f.required()) continue;
        assertThat(problems)
            .as(type.getSimpleName() + " without " + f.name())
            .anyMatch(p -> p.startsWith(f.name() + ":"));
      }
    }
  }

  @Test
  void every_label_and_coded_value_has_english_and_russian_words() throws Exception {
    for (String lang : List.of("en", "ru")) {
      Properties words = bundle(lang);
      for (Class<? extends RegistryRecord> type : Fields.kinds()) {
        for (RecordField f : Fields.of(type)) {
          assertThat(words).as(lang + " " + f.labelKey()).containsKey(f.labelKey());
          for (String v : f.values()) {
            assertThat(words).as(lang + " " + v).containsKey(f.keyOf(v));
          }
        }
      }
      assertThat(words).containsKey(RecordField.valueKey(Agreement.BOTH));
    }
  }

  @Test
  void csv_columns_are_the_bookkeeping_and_the_stored_fields() {
    // Event: its components by hand, from the record's declaration
    assertThat(Fields.columns(Event.class))
        .containsExactly(
            "id",
            "version",
            "kind",
            "title",
            "startDate",
            "endDate",
            "place",
            "participants",
            "agreementIds",
            "notes",
            "sources",
            "pair");
  }

  static Properties bundle(String lang) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        FieldsTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * The registry's own kinds, listed by hand, and those other features offer through ServiceLoader
   * (the heritage catalogue's items), read independently of {@code Kinds}.
   */
  static final class RecordsOfTheRegistry {
    static final List<Class<?>> ALL = all();

    private static List<Class<?>> all() {
      List<Class<?>> all =
          new java.util.ArrayList<>(
              Arrays.asList(
                  Agreement.class,
                  CommissionSession.class,
                  Decision.class,
                  Indicator.class,
                  Project.class,
                  Organisation.class,
                  PartnerRequest.class,
                  Event.class));
      java.util.ServiceLoader.load(RecordType.class).forEach(t -> all.add(t.type()));
      return all;
    }
  }
}
