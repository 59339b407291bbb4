package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.AccessService;
import caravan.access.Role;
import caravan.access.User;
import caravan.store.RelationalStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UserCommandTest {
  private final String db = "jdbc:h2:mem:users-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  /** Runs {@code caravan --db DB ARGS} with {@code env} standing in for the environment. */
  private int caravan(Map<String, String> env, StringWriter err, String... args) {
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
    return cli.execute(all);
  }

  @Test
  void a_user_added_with_the_password_from_the_environment_can_sign_in() {
    int code =
        caravan(
            Map.of("CARAVAN_PASSWORD", "caspian-steppe-42"),
            new StringWriter(),
            "user",
            "add",
            "Aigerim",
            "--role",
            "editor");

    assertThat(code).isZero();
    try (RelationalStore store = RelationalStore.open(db, null, null)) {
      AccessService access = new AccessService(store.jdbi(), Clock.systemUTC());
      assertThat(access.users()).containsExactly(new User(1, "aigerim", Role.EDITOR));
      assertThat(access.signIn("aigerim", "caspian-steppe-42".toCharArray())).isPresent();
    }
  }

  @Test
  void an_unknown_role_fails_with_a_message_naming_it() {
    StringWriter err = new StringWriter();

    int code =
        caravan(
            Map.of("CARAVAN_PASSWORD", "caspian-steppe-42"),
            err,
            "user",
            "add",
            "aigerim",
            "--role",
            "owner");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "caravan: Role 'owner' is not known: use viewer, editor or admin"
                + System.lineSeparator());
  }

  @Test
  void a_name_role_or_password_out_of_range_fails_with_a_message_naming_it() {
    // issue 11 §3: each bad input is one line in words, exit 1, and no user is added
    String longName = "a".repeat(65); // one over the 64 characters a name may have
    String[][] cases = {
      {
        "caspian-steppe-42",
        longName,
        "editor",
        "User name '"
            + longName
            + "' is not allowed: use 2–64 characters (Latin letters,"
            + " digits, '.', '_', '-'), starting with a letter"
      },
      {"caspian-steppe-42", "aigerim", "", "Role '' is not known: use viewer, editor or admin"},
      {
        "caspian-s",
        "aigerim",
        "editor",
        "The password for 'aigerim' has 9 characters: use at least 10 (and at most 1024)"
      },
      {
        "p".repeat(1025),
        "aigerim",
        "viewer",
        "The password for 'aigerim' has 1025 characters: use at least 10 (and at most 1024)"
      },
    };
    for (String[] c : cases) {
      StringWriter err = new StringWriter();
      int code =
          caravan(Map.of("CARAVAN_PASSWORD", c[0]), err, "user", "add", c[1], "--role", c[2]);
      assertThat(code).as(c[3]).isEqualTo(1);
      assertThat(err.toString()).isEqualTo("caravan: " + c[3] + System.lineSeparator());
    }
    try (RelationalStore store = RelationalStore.open(db, null, null)) {
      assertThat(new AccessService(store.jdbi(), Clock.systemUTC()).users()).isEmpty();
    }
  }
}
