package caravan.cli;

import caravan.access.AccessService;
import caravan.access.User;
import caravan.store.RelationalStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * What the admin of a Caravan server does to an existing user: {@code caravan user disable NAME}
 * (no more sign-in, sessions ended), {@code enable}, {@code reset} (a new password, sessions ended)
 * and {@code delete} (the user and sessions removed for good; the append-only audit log keeps the
 * name as the actor of the changes they made).
 */
final class UserAdmin {
  private UserAdmin() {}

  /** Runs {@code change} on the store of {@code user} and prints what was done (bundle key). */
  private static int run(
      UserCommand user, String name, String done, BiFunction<AccessService, String, User> change) {
    try (RelationalStore store = user.openStore()) {
      User u = change.apply(new AccessService(store.jdbi(), Clock.systemUTC()), name);
      System.out.println(user.root.words().get(done, u.name()));
    }
    return 0;
  }

  @Command(name = "disable", mixinStandardHelpOptions = true)
  static final class Disable implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "NAME")
    String name;

    @Override
    public Integer call() {
      return run(user, name, "cl.user.disabledDone", AccessService::disable);
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true)
  static final class Enable implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "NAME")
    String name;

    @Override
    public Integer call() {
      return run(user, name, "cl.user.enabledDone", AccessService::enable);
    }
  }

  @Command(name = "reset", mixinStandardHelpOptions = true)
  static final class Reset implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "NAME")
    String name;

    @Override
    public Integer call() {
      char[] password = user.password(name);
      try {
        return run(
            user, name, "cl.user.resetDone", (access, n) -> access.resetPassword(n, password));
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true)
  static final class Delete implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "NAME")
    String name;

    @Override
    public Integer call() {
      return run(user, name, "cl.user.deletedDone", AccessService::deleteUser);
    }
  }
}
