package caravan.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The claim check's operation in the OpenAPI document, written beside its route. */
final class ClaimsOpenApi {
  private ClaimsOpenApi() {}

  static void addTo(ObjectNode doc) {
    ObjectNode post =
        ((ObjectNode) doc.with("paths")).putObject("/api/v1/pairs/{pair}/claims").putObject("post");
    post.put(
        "summary",
        "Checks the numeric claims of a Russian or English text (changes in percent, amounts of"
            + " money, volumes) against the pair's data: per claim SUPPORTED, CONTRADICTED or"
            + " NOT_CHECKABLE with a reason code and the figures with their sources");
    ArrayNode params = post.putArray("parameters");
    param(params, "pair", "path", "Two ISO3 codes joined by a dash, e.g. KAZ-IRN");
    param(params, "date", "query", "The text's date, YYYY-MM-DD (default: a date in the text)");
    param(params, "textLang", "query", "ru, en or auto (default)");
    param(params, "lang", "query", "Language of the problem texts: ru, en, kk, fa");
    ObjectNode content = post.putObject("requestBody").put("required", true).putObject("content");
    content.putObject("text/plain").putObject("schema").put("type", "string");
    ObjectNode json = content.putObject("application/json").putObject("schema");
    json.put("type", "object");
    ObjectNode props = json.putObject("properties");
    props.putObject("text").put("type", "string");
    props.putObject("date").put("type", "string");
    props.putObject("textLang").put("type", "string");
    ObjectNode responses = post.putObject("responses");
    responses.putObject("200").put("description", "The claims and their verdicts");
    responses
        .putObject("400")
        .put("description", "Empty, binary or non-UTF-8 text, a bad date or language");
    responses.putObject("404").put("description", "Unknown country");
    responses.putObject("413").put("description", "A body over 1 000 000 bytes");
    responses.putObject("422").put("description", "A text in a language the check cannot read");
  }

  private static void param(ArrayNode params, String name, String in, String description) {
    ObjectNode p = params.addObject();
    p.put("name", name).put("in", in).put("required", in.equals("path"));
    p.putObject("schema").put("type", "string");
    p.put("description", description);
  }
}
