package caravan.registry;

import caravan.text.CaravanException;
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

  /** What is wrong with the value, without the field's name. */
  public static String reason(JsonProcessingException e) {
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof CaravanException own) return own.getMessage();
      if (c instanceof NullPointerException && e instanceof ValueInstantiationException) {
        return "missing: " + (c.getMessage() == null ? "a value is needed" : c.getMessage());
      }
      if (c instanceof InputCoercionException ice) return outOfRange(ice.getTargetType());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "not a field of this record: use "
          + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }
    if (e instanceof InputCoercionException ice) return outOfRange(ice.getTargetType());
    if (e instanceof InvalidFormatException f) {
      Class<?> t = f.getTargetType();
      String given = shown(f.getValue());
      if (t != null && t.isEnum()) return given + " is not one of " + constants(t);
      if (t != null && isWhole(t)) {
        return given + " is not a whole number within " + range(t);
      }
      return given + " is not " + expected(t);
    }
    if (e instanceof StreamConstraintsException) {
      return "too long or nested too deep to be a registry value";
    }
    if (e instanceof MismatchedInputException mi) {
      Class<?> t = mi.getTargetType();
      if (t != null && t.isEnum()) return "expected one of " + constants(t);
      return "expected " + expected(t);
    }
    if (e instanceof JsonMappingException) return "cannot be read as this field's value";
    return parser(e);
  }

  /** The field and the reason: {@code jobs: 99999999999 is not a whole number within …}. */
  public static String describe(JsonProcessingException e) {
    String field = field(e);
    return (field == null ? "" : field + ": ") + reason(e);
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

  private static String outOfRange(Class<?> t) {
    return t != null && isWhole(t)
        ? "the number is out of range: a whole number within " + range(t)
        : "the number is out of range";
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

  private static String expected(Class<?> t) {
    if (t == null) return "a value of another kind";
    if (isWhole(t)) return "a whole number";
    if (Number.class.isAssignableFrom(t) || t == double.class || t == BigDecimal.class) {
      return "a number";
    }
    if (t == String.class) return "text";
    if (t == Boolean.class || t == boolean.class) return "true or false";
    if (Collection.class.isAssignableFrom(t) || t.isArray()) return "a list [ … ]";
    if (t == PartialDate.class) return "a date such as 2012, 2012-06 or 2012-06-27";
    if (t == Pair.class) return "a pair such as KAZ-IRN";
    if (Map.class.isAssignableFrom(t) || t.isRecord()) return "an object { … }";
    return "a value of another kind";
  }

  private static String shown(Object v) {
    String s = String.valueOf(v);
    if (s.length() > 40) s = s.substring(0, 40) + "…";
    return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
