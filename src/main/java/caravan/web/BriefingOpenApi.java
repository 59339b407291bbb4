package caravan.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The briefing note's operation in the OpenAPI document, written beside its route. */
final class BriefingOpenApi {
  private BriefingOpenApi() {}

  static void addTo(ObjectNode doc) {
    ObjectNode get =
        ((ObjectNode) doc.with("paths")).putObject("/api/v1/pairs/{pair}/brief").putObject("get");
    get.put(
        "summary",
        "The briefing note for a pair: sections (headline figures, freight, trade, mirror gaps,"
            + " agreements, overdue decisions, projects, events, conflicting statements), each line"
            + " with its footnote numbers, what is missing with the command that gets it, and the"
            + " numbered sources with their quotes; as JSON, or a file in html, pdf or md");
    ArrayNode ps = get.putArray("parameters");
    param(ps, "pair", "path", "KAZ-IRN").put("required", true);
    values(param(ps, "lang", "query", "ru"), "ru", "en", "kk", "fa");
    param(ps, "date", "query", "2025-12-11")
        .put("description", "The day the note is prepared for (default today; not in the future)");
    values(param(ps, "format", "query", "pdf"), "json", "html", "pdf", "md");
    values(param(ps, "digits", "query", "persian"), "persian", "latin");
    ObjectNode responses = get.putObject("responses");
    responses.putObject("200").put("description", "The note");
    responses
        .putObject("400")
        .put("description", "A language, date, format or digits not understood (field names it)")
        .putObject("content")
        .putObject("application/problem+json");
    responses
        .putObject("404")
        .put("description", "Unknown country")
        .putObject("content")
        .putObject("application/problem+json");
  }

  private static void values(ObjectNode param, String... values) {
    ArrayNode e = ((ObjectNode) param.get("schema")).putArray("enum");
    for (String v : values) e.add(v);
  }

  private static ObjectNode param(ArrayNode ps, String name, String in, String example) {
    ObjectNode p = ps.addObject().put("name", name).put("in", in);
    p.putObject("schema").put("type", "string").put("example", example);
    return p;
  }
}
