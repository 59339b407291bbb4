package caravan.web;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The corridor map's operation in the OpenAPI document, written beside its route rather than in
 * openapi.json, so the corridor's parts add their paths without editing one shared file.
 */
final class CorridorOpenApi {
  private CorridorOpenApi() {}

  static void addTo(ObjectNode doc) {
    ObjectNode get =
        ((ObjectNode) doc.with("paths")).putObject("/api/v1/corridor/network").putObject("get");
    get.put(
        "summary",
        "The transport network as the corridor map draws it: nodes (place, whether the position is"
            + " an estimate, border crossing, gauge break, volumes), links (mode, kind, km, hours and"
            + " headway each with its basis and how an estimate was reached, gauge, sources) and the"
            + " border crossings with their dwell");
    get.putObject("responses").putObject("200").put("description", "The active network");
  }
}
