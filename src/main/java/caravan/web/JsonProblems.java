package caravan.web;

import caravan.registry.JsonReasons;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Why a request body could not be read, in Caravan's words. Jackson's own messages name Java
 * classes and parser tokens ({@code `caravan.registry.Agreement` … JsonToken.START_ARRAY}), which
 * tell an attacker about the inside and a user nothing; a refusal of our own (a validation inside a
 * record's constructor) is passed on as it is.
 */
final class JsonProblems {
  private JsonProblems() {}

  static String describe(JsonProcessingException e) {
    if (e instanceof JsonParseException) {
      JsonLocation at = e.getLocation();
      return "not well-formed JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }
    if (e instanceof MismatchedInputException && JsonReasons.field(e) == null) {
      return "the body must be one JSON object";
    }
    return JsonReasons.describe(e);
  }
}
