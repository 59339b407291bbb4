package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class CaravanCommandTest {

  @Test
  void every_option_has_an_environment_variable_twin_named_in_its_help() {
    List<String> without = new ArrayList<>();
    visit(CliHelp.speak(new CommandLine(new CaravanCommand()), "en"), without);
    assertThat(without).as("options whose --help names no CARAVAN_ variable").isEmpty();
  }

  @Test
  void misuse_is_one_line_naming_the_help_and_exits_with_2() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int format;
    int missing;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      // an option's value Caravan does not take, found by the command; a required option missing,
      // found by picocli: neither opens the data directory
      format = CaravanCommand.run("profile", "KAZ", "IRN", "--format", "xml");
      missing = CaravanCommand.run("import", "some.csv");
    } finally {
      System.setErr(err);
    }
    assertThat(format).isEqualTo(2);
    assertThat(missing).isEqualTo(2);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
        .containsExactly(
            "caravan: --format must be table, json or csv, got 'xml' (caravan profile --help lists"
                + " the options)",
            "caravan: Missing required option: '--format=<format>' (caravan import --help lists the"
                + " options)");
  }

  @Test
  void an_iati_export_without_the_publisher_is_refused_before_any_work() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      // no CARAVAN_IATI_ORG_REF in the test's environment: Caravan has no default to stand in
      code = CaravanCommand.run("export", "--format", "iati", "--data-dir", "target/never-opened");
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(2);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("--reporting-org-ref")
        .contains("CARAVAN_IATI_ORG_REF");
    assertThat(java.nio.file.Path.of("target/never-opened")).doesNotExist();
  }

  /** What one in-process run of {@code caravan ARGS} gave: its exit code and standard error. */
  private record Run(int code, String err, String out) {}

  /** Runs caravan in this process on a store of its own under {@code dir}. */
  private static Run caravan(java.nio.file.Path dir, String... args) {
    java.io.PrintStream err = System.err;
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    String[] all = new String[args.length + 4];
    all[0] = "--data-dir";
    all[1] = dir.toString();
    all[2] = "--db";
    all[3] = "jdbc:h2:mem:cli-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    System.arraycopy(args, 0, all, 4, args.length);
    int code;
    try {
      System.setErr(new java.io.PrintStream(e, true, java.nio.charset.StandardCharsets.UTF_8));
      System.setOut(new java.io.PrintStream(o, true, java.nio.charset.StandardCharsets.UTF_8));
      code = CaravanCommand.run(all);
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    return new Run(
        code,
        e.toString(java.nio.charset.StandardCharsets.UTF_8),
        o.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void an_export_format_caravan_does_not_write_is_misuse_naming_the_formats(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run r = caravan(dir, "export", "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: --format must be json, csv, iati, ical, dc or iiif, got 'xml' (caravan"
                + " export --help lists the options)");
  }

  @Test
  void a_port_out_of_range_is_misuse_before_any_server_starts(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run r = caravan(dir, "serve", "--port", "99999");
    assertThat(r.code()).isEqualTo(2);
    // TCP ports are 16-bit and 0 asks the system for any port, so 1..65535
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: --port must be between 1 and 65535, got 99999 (caravan serve --help lists"
                + " the options)");
  }

  @Test
  void a_port_in_use_is_one_line_naming_it(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Run r = caravan(dir, "serve", "--host", "127.0.0.1", "--port", String.valueOf(port));
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().lines()).hasSize(1);
      assertThat(r.err())
          .startsWith("caravan: Cannot listen on 127.0.0.1:" + port + " (")
          .endsWith("): stop what uses the port or choose another with --port\n");
    }
  }

  @Test
  void an_empty_import_file_is_refused_by_name(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path empty = java.nio.file.Files.createFile(dir.resolve("empty.csv"));
    Run r = caravan(dir, "import", "--format", "baci", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: " + empty + " refused: it is empty; nothing was imported",
            empty + ":1: header: empty; a BACI file starts with its column names");
  }

  @Test
  void a_registry_import_that_is_not_json_is_one_line_with_file_and_position(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // "not" is no JSON token; the parser names where it starts: line 2, column 1
    java.nio.file.Path file =
        java.nio.file.Files.writeString(dir.resolve("records.json"), "\nnot json\n");
    Run r = caravan(dir, "import-registry", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: " + file + ": nothing imported, 1 problem(s):",
            file
                + ":2: document: not JSON at line 2, column 1: Unrecognized token 'not': was"
                + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
                + " 'false')");
  }

  @Test
  void a_latin1_registry_csv_is_one_line_with_file_and_line_not_an_io_failure(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // issue 11 §3: "Événement" saved as Latin-1; É is the lone byte 0xC9 on line 2
    java.nio.file.Path file = dir.resolve("event.csv");
    java.nio.file.Files.write(
        file,
        ("id,version,kind,title,sources\r\nEVT-900,1,visit,\u00c9v\u00e9nement,\r\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Run r = caravan(dir, "import-registry", "--format", "csv", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: " + file + ": nothing imported, 1 problem(s):",
            file
                + ":2: encoding: not UTF-8 text at line 2 (byte 0xC9; Latin-1 or Windows-1252?):"
                + " save it as CSV UTF-8");
  }

  @Test
  void a_year_outside_what_trade_data_carries_is_misuse_naming_the_range(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run r = caravan(dir, "profile", "KAZ", "IRN", "--year", "1800");
    assertThat(r.code()).isEqualTo(2);
    // 1900..2100 is the range every importer checks (Staging's year test)
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: Year 1800 is out of range: use a year from 1900 to 2100, the years trade"
                + " data may carry (caravan profile --help lists the options)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void an_unknown_partner_request_is_named_in_words_not_by_its_class(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run r = caravan(dir, "match", "REQ-001");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .containsExactly("caravan: No partner request REQ-001: check the id");
  }

  @Test
  void an_entity_is_named_singular_or_plural_and_an_unknown_one_is_misuse(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run plural = caravan(dir, "export", "--format", "csv", "--entity", "projects");
    Run singular = caravan(dir, "export", "--format", "csv", "--entity", "project");
    assertThat(plural.code()).as(plural.err()).isZero();
    assertThat(plural.out()).startsWith("id,").isEqualTo(singular.out());
    Run unknown = caravan(dir, "export", "--format", "csv", "--entity", "treaties");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().lines())
        .containsExactly(
            "caravan: Unknown entity 'treaties': use one of agreement, session, indicator,"
                + " project, organisation, decision, partner-request, event, heritage-item"
                + " (caravan export --help lists the options)");
  }

  @Test
  void an_iati_export_names_the_projects_it_leaves_out_on_standard_error(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.nio.file.Path xml = dir.resolve("projects.xml");
    int code;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      code =
          CaravanCommand.run(
              "export",
              "--format",
              "iati",
              "--reporting-org-ref",
              "XM-TEST",
              "--reporting-org-name",
              "Test publisher",
              "--data-dir",
              dir.resolve("data").toString(),
              "--out",
              xml.toString());
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(0);
    // projects.csv rows with neither a year nor a source date, counted by hand: PRJ-005, -011,
    // -014, -018, -020, -021
    assertThat(
            captured
                .toString(java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(
                    l -> l.startsWith("left out (IATI requires a date and none is known): PRJ-")))
        .hasSize(6);
    assertThat(java.nio.file.Files.readString(xml)).contains("XM-TEST-PRJ-001");
  }

  private static void visit(CommandLine cmd, List<String> without) {
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) continue;
      String help = String.join(" ", o.description());
      // the annotation's own text, before picocli resolves ${env:…} into a value
      String fallback =
          o.userObject() instanceof java.lang.reflect.AnnotatedElement e
                  && e.getAnnotation(CommandLine.Option.class) != null
              ? e.getAnnotation(CommandLine.Option.class).defaultValue()
              : "";
      if (!help.contains("env CARAVAN_") && !help.contains("env COMTRADE_")
          || !fallback.contains("${env:")) {
        without.add(cmd.getCommandName() + " " + o.longestName());
      }
    }
    cmd.getSubcommands().values().forEach(sub -> visit(sub, without));
  }
}
