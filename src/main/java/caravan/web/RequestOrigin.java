package caravan.web;

import io.javalin.http.Context;

/**
 * Where a request came from: over HTTPS or not, and from which address. Behind a reverse proxy that
 * ends TLS, the scheme and the client's address arrive in {@code X-Forwarded-Proto} and {@code
 * X-Forwarded-For}; anyone can send those headers, so they are believed only when the operator says
 * a proxy stands in front ({@code caravan serve --trust-proxy}, env {@code CARAVAN_TRUST_PROXY}).
 * Javalin's own {@code ctx.ip()} believes X-Forwarded-For always, so it is not used.
 */
record RequestOrigin(boolean trustProxy) {
  private static final String ATTRIBUTE = "caravan.origin";

  /** Puts this rule on the request, where {@link #of(Context)} finds it. */
  void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  /** The rule attached to {@code ctx}; a server that attached none trusts no proxy. */
  static RequestOrigin of(Context ctx) {
    RequestOrigin o = ctx.attribute(ATTRIBUTE);
    return o == null ? new RequestOrigin(false) : o;
  }

  /** Whether the browser reached us over HTTPS. */
  boolean https(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) return true;
    if (!trustProxy) return false;
    // A chain of proxies lists one scheme each; the first is the one the browser used.
    String proto = ctx.header("X-Forwarded-Proto");
    return proto != null && "https".equalsIgnoreCase(proto.split(",", 2)[0].strip());
  }

  /**
   * The client's address: the socket's peer, or behind a trusted proxy the last address the proxy
   * appended to X-Forwarded-For (earlier entries are the client's own claims).
   */
  String address(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (!trustProxy) return peer;
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) return peer;
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() || last.length() > 64 ? peer : last;
  }
}
