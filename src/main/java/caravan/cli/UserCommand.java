package caravan.cli;

import caravan.access.AccessService;
import caravan.access.Role;
import caravan.access.User;
import caravan.access.UserAccount;
import caravan.store.RelationalStore;
import caravan.text.CaravanException;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code caravan user add NAME --role editor}, {@code list}, {@code disable}, {@code enable},
 * {@code reset} and {@code delete} (see {@link UserAdmin}). Only the relational store is opened
 * (not the trade flows), so users can be managed on a PostgreSQL store while the server runs; the
 * default H2 file is locked by a running server.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserAdmin.Disable.class,
      UserAdmin.Enable.class,
      UserAdmin.Reset.class,
      UserAdmin.Delete.class
    })
final class UserCommand {
  static final String PASSWORD_ENV = "CARAVAN_PASSWORD";

  @ParentCommand CaravanCommand root;

  // Tests put their own environment here; the program reads the real one.
  Function<String, String> env = System::getenv;

  RelationalStore openStore() {
    if (root.db == null || root.db.isBlank()) {
      try {
        Files.createDirectories(root.dataDir);
      } catch (IOException e) {
        throw new CaravanException(
            caravan.text.Text.of(
                "cl.err.cannotCreateDataDir",
                String.valueOf(root.dataDir),
                String.valueOf(e.getMessage())),
            java.util.Map.of());
      }
      return RelationalStore.h2File(root.dataDir);
    }
    return RelationalStore.open(root.db, root.dbUser, root.dbPassword);
  }

  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "NAME")
    String name;

    @Option(names = "--role", defaultValue = "${env:CARAVAN_ROLE:-viewer}")
    String role;

    @Override
    public Integer call() {
      Role r = Role.parse(role);
      char[] password = password();
      try (RelationalStore store = user.openStore()) {
        User added = new AccessService(store.jdbi(), Clock.systemUTC()).addUser(name, password, r);
        System.out.println(
            user.root.words().get("cl.user.added", added.name(), added.role().key()));
      } finally {
        Arrays.fill(password, '\0');
      }
      return 0;
    }

    private char[] password() {
      return user.password(name);
    }
  }

  /** The password from {@link #PASSWORD_ENV}, or typed twice at the console without echo. */
  char[] password(String name) {
    String fromEnv = env.apply(PASSWORD_ENV);
    {
      if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv.toCharArray();
      Console console = System.console();
      if (console == null) {
        throw new CaravanException(
            caravan.text.Text.of("cl.user.noConsole", name, PASSWORD_ENV), java.util.Map.of());
      }
      var words = root.words();
      char[] first = console.readPassword("%s", words.get("cl.user.password", name));
      char[] again = console.readPassword("%s", words.get("cl.user.again"));
      try {
        if (first == null || !Arrays.equals(first, again)) {
          throw new CaravanException(caravan.text.Text.of("cl.user.differ"), java.util.Map.of());
        }
        return first;
      } finally {
        if (again != null) Arrays.fill(again, '\0');
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Override
    public Integer call() {
      var words = user.root.words();
      try (RelationalStore store = user.openStore()) {
        for (UserAccount a : new AccessService(store.jdbi(), Clock.systemUTC()).accounts()) {
          System.out.printf(
              "%-32s %-7s %-9s %s%n",
              a.user().name(),
              a.user().role().key(),
              words.get(a.disabled() ? "cl.user.disabled" : "cl.user.active"),
              words.get("cl.user.sessions", a.liveSessions()));
        }
      }
      return 0;
    }
  }
}
