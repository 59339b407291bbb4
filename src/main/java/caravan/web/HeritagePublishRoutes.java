package caravan.web;

import caravan.heritage.DublinCore;
import caravan.heritage.IiifManifest;
import caravan.heritage.OaiPmh;
import caravan.heritage.PublishedItem;
import caravan.heritage.PublishedItems;
import caravan.text.Messages;
import caravan.text.NotFoundException;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's published forms (issue 15 §3): IIIF manifests and their images under {@code
 * /iiif}, a record's Dublin Core ({@code /heritage/ID.dc.xml}, {@code .dc.json}), the OAI-PMH
 * repository at {@code /oai}, and a page with the viewer ({@code /iiif/ID/viewer}).
 */
final class HeritagePublishRoutes {
  static final String MANIFEST_TYPE =
      "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";
  // a page of records for harvesters: large enough to harvest quickly, small enough to answer fast
  static final int OAI_PAGE = 100;
  static final String OAI = "/oai";

  private final PublishedItems catalogue;
  private final OaiPmh oai;
  private final TemplateEngine templates;

  HeritagePublishRoutes(PublishedItems catalogue, TemplateEngine templates) {
    this.catalogue = catalogue;
    this.templates = templates;
    String email = System.getenv("CARAVAN_OAI_ADMIN_EMAIL");
    this.oai =
        new OaiPmh(
            catalogue,
            Clock.systemUTC(),
            OAI_PAGE,
            Duration.ofHours(1),
            email == null || email.isBlank() ? "caravan@localhost.invalid" : email.strip());
  }

  void register(RoutesConfig routes) {
    routes.get("/iiif/{id}/manifest", this::manifest);
    routes.get("/iiif/{id}/images/<name>", this::image);
    routes.get("/iiif/{id}/viewer", this::viewer);
    routes.get("/heritage/{id}.dc.xml", this::dcXml);
    routes.get("/heritage/{id}.dc.json", this::dcJson);
    routes.get(OAI, ctx -> oai(ctx, ctx.queryParamMap()));
    routes.post(OAI, ctx -> oai(ctx, ctx.formParamMap()));
  }

  private PublishedItem item(String id) {
    return catalogue
        .find(id)
        .filter(i -> !i.deleted())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No heritage item " + id + ": check the id",
                    Map.of("field", "id", "value", id)));
  }

  private void manifest(Context ctx) {
    PublishedItem item = item(ctx.pathParam("id"));
    String body = IiifManifest.of(item, catalogue.images(), base(ctx)).toString();
    // any viewer anywhere may load a manifest: that is what IIIF is for
    ctx.header("Access-Control-Allow-Origin", "*").contentType(MANIFEST_TYPE).result(utf8(body));
  }

  private void image(Context ctx) throws IOException {
    PublishedItem item = item(ctx.pathParam("id"));
    String name = ctx.pathParam("name");
    // only the record's own images are served, never another file of the data directory
    if (!item.images().contains(name)) {
      throw new NotFoundException(
          "No image " + name + " of " + item.id(), Map.of("field", "image", "value", name));
    }
    String type = catalogue.images().read(name).mediaType();
    ctx.header("Access-Control-Allow-Origin", "*")
        .contentType(type)
        .result(Files.readAllBytes(catalogue.images().file(name)));
  }

  private void dcXml(Context ctx) {
    PublishedItem item = item(ctx.pathParam("id"));
    ctx.contentType("application/xml; charset=UTF-8").result(utf8(DublinCore.xml(item, base(ctx))));
  }

  private void dcJson(Context ctx) {
    PublishedItem item = item(ctx.pathParam("id"));
    ctx.contentType("application/ld+json; charset=UTF-8")
        .result(utf8(DublinCore.json(item, base(ctx)).toString()));
  }

  private void oai(Context ctx, Map<String, List<String>> params) {
    String base = base(ctx);
    ctx.contentType("text/xml; charset=UTF-8").result(utf8(oai.answer(base + OAI, base, params)));
  }

  private void viewer(Context ctx) {
    PublishedItem item = item(ctx.pathParam("id"));
    String lang = ctx.queryParam("lang");
    Messages m = Messages.of(lang == null ? "ru" : lang);
    String manifest = item.images().isEmpty() ? null : IiifManifest.url(base(ctx), item.id());
    StringOutput out = new StringOutput();
    templates.render(
        "heritage/viewer-page.jte",
        Map.of(
            "m",
            m,
            "title",
            item.title(),
            "manifest",
            manifest == null ? "" : manifest,
            "links",
            item.links()),
        out);
    ctx.html(out.toString());
  }

  // JSON and XML are UTF-8: the bytes are written as such, whatever the content type's parameters
  private static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The address the client reached Caravan at, without a trailing slash. */
  static String base(Context ctx) {
    String scheme = RequestOrigin.of(ctx).https(ctx) ? "https" : "http";
    return scheme + "://" + ctx.host();
  }
}
