package caravan.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The opportunities' operations in the OpenAPI document, written beside their routes. */
final class OpportunitiesOpenApi {
  private OpportunitiesOpenApi() {}

  static void addTo(ObjectNode doc) {
    ObjectNode paths = (ObjectNode) doc.with("paths");
    ObjectNode get = paths.putObject("/api/v1/pairs/{pair}/opportunities").putObject("get");
    get.put(
        "summary",
        "What else A could sell B (same as caravan opportunities): products ranked by untapped"
            + " potential with their reasons (A's RCA, density, B's world demand, A's share in B)"
            + " and the pair's complementarity, intensity and Grubel-Lloyd indices where a BACI"
            + " year of the pair is in the trade store; otherwise nearby products from a shipped"
            + " exports-only matrix, with needsImportSide and importCommand. format=csv&part="
            + "products|sectors|rca|preferences|space gives a part as CSV.");
    ArrayNode params = get.putArray("parameters");
    param(params, "path", "pair", "string", "Two ISO3 codes joined by a dash, e.g. KAZ-IRN", true);
    param(params, "query", "year", "integer", "A BACI year in the trade store", false);
    param(
        params,
        "query",
        "sector",
        "string",
        "agriculture, mining_energy, medicine," + " advanced_technology or other",
        false);
    param(params, "query", "limit", "integer", "1 to 1000, default 25", false);
    param(params, "query", "matrix", "string", "hs4-2017 (default) or sitc", false);
    param(params, "query", "format", "string", "json (default) or csv", false);
    param(params, "query", "part", "string", "with format=csv", false);
    ObjectNode responses = get.putObject("responses");
    responses.putObject("200").put("description", "The answer");
    responses.putObject("400").put("description", "A bad pair, sector, limit, year or part");
    responses.putObject("404").put("description", "A country Caravan does not know");
    ObjectNode space = paths.putObject("/api/v1/pairs/{pair}/opportunities/space").putObject("get");
    space.put(
        "summary",
        "A's product space as the page draws it: A's products with RCA >= 1 and the listed"
            + " opportunities (nodes), joined by the maximum spanning tree of the product proximity"
            + " and as many of the strongest other links (links)");
    space.set("parameters", params.deepCopy());
    space.putObject("responses").putObject("200").put("description", "nodes and links");
  }

  private static void param(
      ArrayNode params, String in, String name, String type, String text, boolean required) {
    ObjectNode p = params.addObject();
    p.put("name", name).put("in", in).put("required", required).put("description", text);
    p.putObject("schema").put("type", type);
  }
}
