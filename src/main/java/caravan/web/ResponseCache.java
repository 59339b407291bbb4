package caravan.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Answers that depend only on the stored data, kept once per data version: the pair dashboard, the
 * profile and figures API, registry pages, lists and searches. An entry's key is the path and query
 * (the language is in the query), the Accept header (CSV or not), the data version read at the
 * start of the request, and today's date (overdue decisions move with the calendar); a write in any
 * process over the same store moves the version, so an entry made before it is never found again.
 * Each answer carries a strong ETag (a digest of its bytes): a client that sends it back in
 * If-None-Match gets 304. Only anonymous GETs are kept: a signed-in editor's page shows their name
 * and CSRF token. Entries are kept gzipped as well, so a hit costs no compression; the whole cache
 * is bounded by bytes.
 */
final class ResponseCache {
  private static final String KEY = "caravan.cache.key";
  private static final List<String> PREFIXES =
      List.of("/pairs/", "/api/v1/pairs/", "/api/v1/registry/", "/registry");
  private static final long MAX_BYTES = 32L << 20;

  /** What a request is kept under. */
  record Key(String pathAndQuery, String accept, String version, LocalDate day) {}

  /** A kept answer: its type, bytes plain and gzipped, ETag and the download name if any. */
  record Entry(
      String contentType, byte[] body, byte[] gzip, String etag, Map<String, String> headers) {
    int weight() {
      return body.length + gzip.length + 256;
    }
  }

  private final Supplier<String> version;
  private final Cache<Key, Entry> entries =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<Key, Entry>weigher((k, e) -> e.weight())
          // an entry of an older version is never asked for again: let it go soon
          .expireAfterAccess(Duration.ofMinutes(10))
          .build();

  /** {@code version} is read once per request, before the answer is computed. */
  ResponseCache(Supplier<String> version) {
    this.version = version;
  }

  /**
   * A kept answer found before the route ran: thrown so that Javalin skips the route but, unlike
   * {@code skipRemainingHandlers}, still runs every after-handler (headers others add there).
   */
  static final class Hit extends RuntimeException {
    private final transient Entry entry;

    Hit(Entry entry) {
      super(null, null, false, false);
      this.entry = entry;
    }
  }

  /** After the access guard (which tells who is signed in), before the routes. */
  void register(RoutesConfig routes) {
    routes.beforeMatched(this::before);
    routes.afterMatched(this::after);
    routes.exception(Hit.class, (hit, ctx) -> send(ctx, hit.entry));
  }

  private void before(Context ctx) {
    if (!cacheable(ctx)) return;
    String accept = ctx.header("Accept");
    if (accept != null && accept.length() > 256) return;
    String query = ctx.queryString();
    Key key =
        new Key(
            query == null ? ctx.path() : ctx.path() + "?" + query,
            // an API answer may follow Accept-Language (a partner match's reasons)
            (accept == null ? "" : accept) + "|" + Problems.language(ctx),
            version.get(),
            LocalDate.now(ZoneOffset.UTC));
    Entry hit = entries.getIfPresent(key);
    if (hit != null) throw new Hit(hit);
    ctx.attribute(KEY, key);
  }

  private void after(Context ctx) {
    Key key = ctx.attribute(KEY);
    if (key == null || ctx.statusCode() != 200) return;
    // an answer that sets a cookie belongs to one client
    if (ctx.res().getHeader("Set-Cookie") != null) return;
    String type = ctx.res().getContentType();
    if (type == null) return;
    InputStream result = ctx.resultInputStream();
    if (result == null) return;
    byte[] body;
    try (InputStream in = result) {
      body = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Entry entry = new Entry(type, body, gzip(body), etag(body), ownHeaders(ctx));
    entries.put(key, entry);
    send(ctx, entry);
  }

  /**
   * What the route said besides its body that a hit must say again: the download name and Caravan's
   * own headers (the IATI export's Caravan-Left-Out).
   */
  private static Map<String, String> ownHeaders(Context ctx) {
    Map<String, String> kept = new java.util.LinkedHashMap<>();
    for (String name : ctx.res().getHeaderNames()) {
      if (name.equalsIgnoreCase("Content-Disposition")
          || name.regionMatches(true, 0, "Caravan-", 0, 8)) {
        kept.put(name, ctx.res().getHeader(name));
      }
    }
    return Map.copyOf(kept);
  }

  private static boolean cacheable(Context ctx) {
    if (ctx.method() != HandlerType.GET || ctx.attribute("user") != null) return false;
    String path = ctx.path();
    if (path.endsWith("/new") || path.endsWith("/edit")) return false;
    for (String p : PREFIXES) if (path.startsWith(p)) return true;
    return false;
  }

  private static void send(Context ctx, Entry e) {
    ctx.header("ETag", e.etag());
    // a shared cache or browser may keep it, but must ask again (If-None-Match) before use
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept, Accept-Encoding, Cookie");
    e.headers().forEach(ctx::header);
    ctx.contentType(e.contentType());
    if (matches(ctx.header("If-None-Match"), e.etag())) {
      ctx.status(304).result(new byte[0]);
      return;
    }
    String encodings = ctx.header("Accept-Encoding");
    if (encodings != null && encodings.toLowerCase(Locale.ROOT).contains("gzip")) {
      // Javalin compresses nothing that already says its encoding
      ctx.header("Content-Encoding", "gzip").result(e.gzip());
    } else {
      ctx.result(e.body());
    }
  }

  /** RFC 9110 §13.1.2: a list of tags or {@code *}; weak tags compare by their opaque part. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) return false;
    for (String t : ifNoneMatch.split(",")) {
      String tag = t.trim();
      if (tag.startsWith("W/")) tag = tag.substring(2);
      if (tag.equals("*") || tag.equals(etag)) return true;
    }
    return false;
  }

  private static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
