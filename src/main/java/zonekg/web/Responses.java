package zonekg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes page responses with the headers every page shares: UTF-8, no sniffing, scripts only from this server. */
final class Responses {
  /** Scripts and styles come from the jar; nothing inline runs, so escaped data could never run either. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private Responses() {}

  static void html(HttpServletResponse resp, int status, String page) throws IOException {
    send(resp, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
    resp.setStatus(status);
    resp.setContentType(contentType);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    resp.setHeader("Vary", "Accept");
    resp.setContentLength(body.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(body);
    }
  }
}
