package caravan.registry;

import caravan.registry.Agreement.Action;
import caravan.registry.Agreement.ActionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code status_actions} column of data/registry/agreements.csv: steps separated by
 * {@code ;}, each starting with what happened and carrying at most one ISO (partial) date, e.g.
 * {@code signed 2023-12-25; ratified by Iranian parliament 2024-12-22; in force 2025-05-15}. Steps
 * that are not one of the six actions (a decree authorising signature, construction began) are
 * returned as notes, not turned into actions.
 */
final class StatusActions {
  private StatusActions() {}

  record Parsed(List<Action> actions, List<String> notes) {}

  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\b");

  /**
   * Parses {@code text}. The signature takes {@code signedOn} when given (some steps carry a report
   * date instead, "signed (reported 2020-02-05)"), else the step's own date, else none.
   */
  static Parsed parse(String text, PartialDate signedOn) {
    List<Action> actions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (text == null || text.isBlank()) return new Parsed(actions, notes);
    for (String raw : text.split(";")) {
      String step = raw.strip();
      if (step.isEmpty()) continue;
      ActionType type = type(step.toLowerCase(Locale.ROOT));
      if (type == null) {
        notes.add(step);
        continue;
      }
      PartialDate date = date(step);
      if (type == ActionType.SIGNED && signedOn != null) date = signedOn;
      actions.add(new Action(party(type, step), type, date, step));
    }
    return new Parsed(actions, notes);
  }

  private static ActionType type(String s) {
    if (s.startsWith("signed")) return ActionType.SIGNED;
    if (s.startsWith("ratified")) return ActionType.RATIFIED;
    if (s.startsWith("in force") || s.startsWith("entered into force")) return ActionType.IN_FORCE;
    if (s.startsWith("provisionally applied")) return ActionType.PROVISIONALLY_APPLIED;
    if (s.matches("(amending|extension) protocol signed.*") || s.startsWith("amended")) {
      return ActionType.AMENDED;
    }
    if (s.matches("(terminated|denounced|expired|replaced by).*")) return ActionType.TERMINATED;
    return null;
  }

  /**
   * A ratification is one party's act, named in the file's words: Iranian (parliament) or Kazakh (a
   * Law, the Mazhilis). Other steps, and a ratification whose words name neither, are both
   * parties'.
   */
  private static String party(ActionType type, String step) {
    if (type != ActionType.RATIFIED) return Agreement.BOTH;
    String s = step.toLowerCase(Locale.ROOT);
    if (s.contains("iran")) return "IRN";
    if (s.contains("kazakh") || s.contains("mazhilis") || s.contains("law of")) return "KAZ";
    return Agreement.BOTH;
  }

  private static PartialDate date(String step) {
    Matcher m = DATE.matcher(step);
    return m.find() ? PartialDate.parse(m.group(1)) : null;
  }
}
