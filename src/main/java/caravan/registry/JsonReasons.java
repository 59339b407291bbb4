package caravan.registry;

import caravan.text.CaravanException;
import caravan.text.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a record's JSON cannot be read, in the registry's words and naming the field. Jackson's own
 * messages name Java classes and parser tokens ({@code `java.lang.Integer`}, {@code START_ARRAY},
 * {@code [Source: REDACTED …]}), which tell a user nothing and an attacker about the inside. Used
 * by the importers and by the API (issue 11 §3).
 */
public final class JsonReasons {
  private JsonReasons() {}

  /** The path of the field at fault ({@code sources.[0].url}), or null for the whole document. */
  public static String field(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) return null;
    return m.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /** What is wrong with the value, without the field's name, for a door to word. */
  public static Text reasonText(JsonProcessingException e) {
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof CaravanException own) return own.text();
      if (c instanceof NullPointerException && e instanceof ValueInstantiationException) {
        return c.getMessage() == null
            ? Text.of("lang.jr.missingValue")
            : Text.of("lang.jr.missing", c.getMessage());
      }
      if (c instanceof InputCoercionException ice) return outOfRange(ice.getTargetType());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return Text.of(
          "lang.jr.notField",
          String.valueOf(u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
    }
    if (e instanceof InputCoercionException ice) return outOfRange(ice.getTargetType());
    if (e instanceof InvalidFormatException f) {
      Class<?> t = f.getTargetType();
      String given = shown(f.getValue());
      if (t != null && t.isEnum()) return Text.of("lang.jr.notOneOf", given, constants(t));
      if (t != null && isWhole(t)) return Text.of("lang.jr.notWhole", given, range(t));
      return Text.of("lang.jr.isNot", given, expected(t));
    }
    if (e instanceof StreamConstraintsException) return Text.of("lang.jr.tooDeep");
    if (e instanceof MismatchedInputException mi) {
      Class<?> t = mi.getTargetType();
      if (t != null && t.isEnum()) return Text.of("lang.jr.expectedOneOf", constants(t));
      return Text.of("lang.jr.expected", expected(t));
    }
    if (e instanceof JsonMappingException) return Text.of("lang.jr.cannotRead");
    return e.getOriginalMessage() == null ? Text.of("lang.jr.notJson") : Text.literal(parser(e));
  }

  /** {@link #describe} for a door to word in its reader's language. */
  public static Text describeText(JsonProcessingException e) {
    String field = field(e);
    return field == null ? reasonText(e) : Text.of("lang.jr.field", field, reasonText(e));
  }

  /** A parser's own message without its second line and its {@code [Source …]} location. */
  static String parser(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) return "not JSON";
    m = m.lines().findFirst().orElse("");
    int source = m.indexOf(" (start marker at [Source");
    if (source >= 0) m = m.substring(0, source);
    source = m.indexOf("[Source");
    if (source >= 0) m = m.substring(0, source).strip();
    return m.replaceAll("\\p{Cntrl}", "?");
  }

  private static Text outOfRange(Class<?> t) {
    return t != null && isWhole(t)
        ? Text.of("lang.jr.outOfRangeWhole", range(t))
        : Text.of("lang.jr.outOfRange");
  }

  private static boolean isWhole(Class<?> t) {
    return t == Integer.class || t == int.class || t == Long.class || t == long.class;
  }

  private static String range(Class<?> t) {
    return t == Long.class || t == long.class
        ? Long.MIN_VALUE + ".." + Long.MAX_VALUE
        : Integer.MIN_VALUE + ".." + Integer.MAX_VALUE;
  }

  private static String constants(Class<?> t) {
    return Arrays.stream(t.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static Text expected(Class<?> t) {
    return Text.of("lang.jr.kind." + kind(t));
  }

  private static String kind(Class<?> t) {
    if (t == null) return "other";
    if (isWhole(t)) return "whole";
    if (Number.class.isAssignableFrom(t) || t == double.class || t == BigDecimal.class) {
      return "number";
    }
    if (t == String.class) return "text";
    if (t == Boolean.class || t == boolean.class) return "bool";
    if (Collection.class.isAssignableFrom(t) || t.isArray()) return "list";
    if (t == PartialDate.class) return "date";
    if (t == Pair.class) return "pair";
    if (Map.class.isAssignableFrom(t) || t.isRecord()) return "object";
    return "other";
  }

  private static String shown(Object v) {
    String s = String.valueOf(v);
    if (s.length() > 40) s = s.substring(0, 40) + "…";
    return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
