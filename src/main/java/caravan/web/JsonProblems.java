package caravan.web;

import caravan.registry.JsonReasons;
import caravan.text.Text;
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

  static Text describe(JsonProcessingException e) {
    if (e instanceof JsonParseException) {
      JsonLocation at = e.getLocation();
      return at == null
          ? Text.of("lang.err.notWellFormed")
          : Text.of(
              "lang.err.notWellFormedAt",
              String.valueOf(at.getLineNr()),
              String.valueOf(at.getColumnNr()));
    }
    if (e instanceof MismatchedInputException && JsonReasons.field(e) == null) {
      return Text.of("lang.err.oneObject");
    }
    return JsonReasons.describeText(e);
  }
}
