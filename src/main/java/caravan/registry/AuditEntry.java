package caravan.registry;

import java.time.LocalDateTime;

/**
 * One row of the append-only audit log: who changed which record when (UTC), the change ({@code
 * create}, {@code update}, {@code delete}), the version it produced, and the record as JSON before
 * (null on create) and after.
 */
public record AuditEntry(
    long id,
    LocalDateTime at,
    String actor,
    String entity,
    String entityId,
    String change,
    int version,
    String before,
    String after) {}
