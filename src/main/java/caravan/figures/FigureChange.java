package caravan.figures;

import java.time.LocalDateTime;

/**
 * One audited change of a stated figure, as registry edits are audited: when (UTC), who, {@code
 * create} or {@code update}, the figure's change count, and the figure before and after as JSON in
 * the CSV's column names ({@code before} null for a create).
 */
public record FigureChange(
    LocalDateTime at,
    String actor,
    String figureId,
    String change,
    int version,
    String before,
    String after) {}
