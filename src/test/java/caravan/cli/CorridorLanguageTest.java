package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.text.ShippedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corridor commands speak the reader's language: a refused network's fault lines, the route
 * table and the volumes listing in Russian with --lang ru. Each expected text is the ru bundle's
 * line for its key (messages_ru.properties, cor.*), with the arguments the case gives it.
 */
class CorridorLanguageTest {
  @TempDir Path tmp;

  private CliRun caravan(String... args) {
    return CliRun.in(tmp.resolve("data"), args);
  }

  /** The shipped network with its link KZ_UZN–KZ_BOL pointed at a node none has. */
  private Path broken() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mine"));
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    String links = Files.readString(dir.resolve("links.csv"));
    Files.writeString(
        dir.resolve("links.csv"), links.replaceFirst("KZ_UZN,KZ_BOL,", "KZ_UZN,KZ_BOX,"));
    return dir;
  }

  @Test
  void a_refused_network_names_its_fault_in_russian_and_in_english_as_before() throws IOException {
    Path dir = broken();
    CliRun ru = caravan("import-network", dir.toString(), "--lang", "ru");
    assertThat(ru.code()).isEqualTo(1);
    // cor.net.faults and cor.load.unknownNode of the ru bundle, file:line: field as arguments
    assertThat(ru.err())
        .contains("Сеть из " + dir + ": ошибок — 1:")
        .contains("links.csv:2: to: неизвестный узел «KZ_BOX» (нет в nodes.csv)")
        .doesNotContain("unknown node");
    CliRun en = caravan("import-network", dir.toString(), "--lang", "en");
    assertThat(en.err())
        .contains("The network in " + dir + " has 1 fault(s):")
        .contains("links.csv:2: to: unknown node 'KZ_BOX' (not in nodes.csv)");
  }

  @Test
  void check_network_names_the_same_fault_in_russian() throws IOException {
    CliRun ru = caravan("check", "network", broken().toString(), "--lang", "ru");
    assertThat(ru.code()).isEqualTo(1);
    // cor.fault with cor.load.unknownNode's ru line, as import-network words it above
    assertThat(ru.out())
        .contains("links.csv:2: to: неизвестный узел «KZ_BOX» (нет в nodes.csv)")
        .doesNotContain("unknown node");
  }

  @Test
  void an_import_reports_its_warnings_and_success_in_russian() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("copy"));
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    CliRun ru = caravan("import-network", dir.toString(), "--lang", "ru");
    assertThat(ru.code()).isZero();
    // cor.cli.warning with cor.load.unknownLength, and cor.cli.imported, of the ru bundle
    assertThat(ru.out())
        .contains(
            "предупреждение: links.csv:4: distance: длина TM_SER-TM_GYZ неизвестна (нет"
                + " заявленного значения; нет координаты у TM_GYZ)")
        .contains("Импортировано " + dir + ": узлов ")
        .contains("теперь это действующая сеть")
        .doesNotContain("Imported")
        .doesNotContain("warning:");
  }

  @Test
  void the_route_table_is_russian_with_lang_ru_and_english_otherwise() {
    CliRun ru = caravan("route", "Almaty", "Bandar Abbas", "--lang", "ru");
    assertThat(ru.code()).isZero();
    // cor.cli.routes, cor.cli.route, cor.step.border, cor.cli.estimates and cor.cli.others
    assertThat(ru.out())
        .contains("KZ_ALA → IR_BND, контейнер, 65 т: маршрутов — ")
        .contains("Маршрут 1: ")
        .contains("пограничный переход KAZ→UZB")
        .contains("оценок (*) среди показателей маршрута: ")
        .contains("Другие коридоры (")
        .doesNotContain("Route 1")
        .doesNotContain("border crossing")
        .doesNotContain("transshipment(s)");
    CliRun en = caravan("route", "Almaty", "Bandar Abbas", "--lang", "en");
    assertThat(en.out())
        .contains("Route 1: ")
        .contains("border crossing KAZ→UZB")
        .contains("transshipment(s)")
        .contains(" figure(s) of this route are estimates (*)");
  }

  @Test
  void a_refused_route_option_and_the_volumes_listing_are_russian() {
    CliRun bad = caravan("route", "Almaty", "Tehran", "--cargo", "coal", "--lang", "ru");
    assertThat(bad.code()).isEqualTo(2);
    // cor.cli.cargo of the ru bundle
    assertThat(bad.err())
        .contains("--cargo принимает container, bulk, grain или oil, получено «coal»");
    // a tonnage whose price would overflow is refused in words, not as a failed check of ours
    CliRun huge = caravan("route", "Almaty", "Tehran", "--tonnes", "1e308", "--lang", "ru");
    assertThat(huge.code()).isEqualTo(2);
    // cor.err.tonnes of the ru bundle; 1e308 as Double.toString writes it
    assertThat(huge.err())
        .contains("tonnes: 1.0E308 — больше 1000000000 т, для которых можно рассчитать")
        .doesNotContain("Exception");
    CliRun volumes = caravan("corridor", "volumes", "--lang", "ru");
    assertThat(volumes.code()).isZero();
    // cor.cli.vol.statements and cor.cli.vol.near of the ru bundle
    assertThat(volumes.out())
        .contains("сведений: ")
        .contains("Близко к пределу пропускной способности (≥ 80 %): ")
        .doesNotContain("statement(s)");
  }
}
