package caravan.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers for the requests Jetty refuses before Caravan sees them (a header block over the limit, a
 * malformed request line): the same security headers as every other answer, one plain line, and no
 * server name, stack or library message.
 */
final class JettyErrors extends ErrorHandler {
  JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
    setShowOrigin(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers(fields);
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    return ByteBuffer.wrap(
        ("HTTP " + status + ": Caravan cannot read this request (malformed or too large).\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    headers(response.getHeaders());
    return super.handle(request, response, callback);
  }

  private static void headers(HttpFields.Mutable fields) {
    fields.put("Content-Security-Policy", SecurityHeaders.POLICY);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("X-Frame-Options", "DENY");
    fields.put("Referrer-Policy", "same-origin");
  }
}
