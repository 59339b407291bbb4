package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.AccessService;
import caravan.access.Session;
import caravan.store.RelationalStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code caravan user list|disable|enable|reset|delete} on an H2 store: each ends the sessions it
 * should, and the refused sign-in is tried, not assumed.
 */
class UserAdminTest {
  private static final String PASSWORD = "caspian-steppe-42";
  private final String db = "jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private String caravan(Map<String, String> env, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            K made = CommandLine.defaultFactory().create(cls);
            if (made instanceof UserCommand u) u.env = env::get;
            return made;
          }
        };
    CommandLine cli = new CommandLine(new CaravanCommand(), factory);
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("caravan: " + e.getMessage());
          return 1;
        });
    String[] all = new String[args.length + 2];
    all[0] = "--db";
    all[1] = db;
    System.arraycopy(args, 0, all, 2, args.length);
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = cli.execute(all);
    } finally {
      System.setOut(before);
    }
    return code + " " + out.toString(StandardCharsets.UTF_8) + err;
  }

  private Session signIn(String password) {
    try (RelationalStore store = RelationalStore.open(db, null, null)) {
      return new AccessService(store.jdbi(), Clock.systemUTC())
          .signIn("aigerim", password.toCharArray())
          .orElse(null);
    }
  }

  private boolean live(Session s) {
    try (RelationalStore store = RelationalStore.open(db, null, null)) {
      return new AccessService(store.jdbi(), Clock.systemUTC()).session(s.token()).isPresent();
    }
  }

  @Test
  void disable_reset_and_delete_end_sessions_and_refuse_the_old_way_in() {
    caravan(Map.of("CARAVAN_PASSWORD", PASSWORD), "user", "add", "aigerim", "--role", "editor");
    Session first = signIn(PASSWORD);
    assertThat(caravan(Map.of(), "user", "list"))
        .startsWith("0 ")
        .containsPattern("aigerim +editor +active +1 session\\(s\\)");

    assertThat(caravan(Map.of(), "user", "disable", "aigerim"))
        .isEqualTo("0 User aigerim disabled; their sessions ended" + System.lineSeparator());
    assertThat(live(first)).isFalse();
    assertThat(signIn(PASSWORD)).isNull();
    assertThat(caravan(Map.of(), "user", "list")).containsPattern("aigerim +editor +disabled");

    caravan(Map.of(), "user", "enable", "aigerim");
    Session second = signIn(PASSWORD);
    assertThat(second).isNotNull();
    assertThat(
            caravan(Map.of("CARAVAN_PASSWORD", "tabriz-bazaar-2024"), "user", "reset", "aigerim"))
        .startsWith("0 User aigerim has a new password");
    assertThat(live(second)).isFalse();
    assertThat(signIn(PASSWORD)).isNull();
    Session third = signIn("tabriz-bazaar-2024");
    assertThat(third).isNotNull();

    assertThat(caravan(Map.of(), "user", "delete", "aigerim")).startsWith("0 User aigerim deleted");
    assertThat(live(third)).isFalse();
    assertThat(signIn("tabriz-bazaar-2024")).isNull();
    assertThat(caravan(Map.of(), "user", "delete", "aigerim"))
        .startsWith("1 ")
        .contains("No user is named 'aigerim'");
  }
}
