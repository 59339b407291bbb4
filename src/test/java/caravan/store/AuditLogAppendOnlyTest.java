package caravan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only in the database: with the application's own connection, an UPDATE or
 * DELETE of an audit row is refused on H2 and on PostgreSQL, an INSERT still works.
 */
class AuditLogAppendOnlyTest {
  @Nested
  class OnH2 extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.h2();
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.postgres();
    }
  }

  abstract static class Contract {
    abstract RelationalStore newStore();

    static long insert(Handle h, String entity) {
      return h.createUpdate(
              """
              INSERT INTO audit_log (changed_at, actor, entity, entity_id, change_type, version,
                before_json, after_json)
              VALUES (:at, 'dana', :entity, 'X-1', 'create', 1, NULL, '{}')""")
          .bind("at", LocalDateTime.of(2026, 1, 2, 3, 4))
          .bind("entity", entity)
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
    }

    static long count(Jdbi jdbi) {
      return jdbi.withHandle(
          h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
    }

    @Test
    void update_and_delete_are_refused_insert_works() {
      try (RelationalStore store = newStore()) {
        Jdbi jdbi = store.jdbi();
        long id = jdbi.withHandle(h -> insert(h, "decision"));
        // a second insert (a stated-figure correction's row) is taken as well
        jdbi.useHandle(h -> insert(h, "figure"));
        assertThat(count(jdbi)).isEqualTo(2);

        assertThatThrownBy(
                () ->
                    jdbi.useHandle(
                        h ->
                            h.createUpdate("UPDATE audit_log SET actor = 'mallory' WHERE id = :id")
                                .bind("id", id)
                                .execute()))
            .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                () ->
                    jdbi.useHandle(
                        h ->
                            h.createUpdate("DELETE FROM audit_log WHERE id = :id")
                                .bind("id", id)
                                .execute()))
            .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                () -> jdbi.useHandle(h -> h.createUpdate("DELETE FROM audit_log").execute()))
            .hasStackTraceContaining("append-only");

        // both rows are still there, unchanged
        assertThat(count(jdbi)).isEqualTo(2);
        String actor =
            jdbi.withHandle(
                h ->
                    h.createQuery("SELECT actor FROM audit_log WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
        assertThat(actor).isEqualTo("dana");
      }
    }
  }
}
