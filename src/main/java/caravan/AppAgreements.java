package caravan;

import caravan.registry.Agreement;
import caravan.registry.RegistryService;
import caravan.text.NotFoundException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the opportunities feature asks of the registry, wired here so that it need not know the
 * registry: whether an id names an agreement, and when that agreement entered into force.
 */
final class AppAgreements {
  private AppAgreements() {}

  static Predicate<String> known(App app) {
    return id -> find(app.registry(), id).isPresent();
  }

  /** The first dated entry into force the registry records for the agreement. */
  static Function<String, Optional<LocalDate>> inForce(App app) {
    return id ->
        find(app.registry(), id)
            .flatMap(
                a ->
                    a.actions().stream()
                        .filter(x -> x.type() == Agreement.ActionType.IN_FORCE && x.date() != null)
                        .map(x -> x.date().start())
                        .sorted()
                        .findFirst());
  }

  private static Optional<Agreement> find(RegistryService registry, String id) {
    try {
      return Optional.of(registry.get(Agreement.class, id));
    } catch (NotFoundException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
