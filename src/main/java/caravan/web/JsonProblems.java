package caravan.web;

import caravan.text.CaravanException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;

/**
 * Why a request body could not be read, in Caravan's words. Jackson's own messages name Java
 * classes and parser tokens ({@code `caravan.registry.Agreement` … JsonToken.START_ARRAY}), which
 * tell an attacker about the inside and a user nothing; a refusal of our own (a validation inside a
 * record's constructor) is passed on as it is.
 */
final class JsonProblems {
  private JsonProblems() {}

  static String describe(JsonProcessingException e) {
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof CaravanException own) return own.getMessage();
    }
    if (e instanceof JsonParseException) {
      JsonLocation at = e.getLocation();
      return "not well-formed JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }
    String path = e instanceof JsonMappingException m ? path(m) : "";
    if (e instanceof MismatchedInputException) {
      return path.isEmpty()
          ? "the body must be one JSON object"
          : path + " holds a value of the wrong kind (text, number, list or object)";
    }
    return path.isEmpty() ? "the body cannot be read as this record" : path + " cannot be read";
  }

  private static String path(JsonMappingException m) {
    return m.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
