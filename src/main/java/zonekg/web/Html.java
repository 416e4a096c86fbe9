package zonekg.web;

/**
 * An HTML document written piece by piece: {@link #text} escapes everything it is given, so data from the
 * graph (a label holding {@code <script>}) always shows as text; tags come only from this package's code.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /** A page with the shared header: links to the UI, the ready queries and a search box. */
  static Html page(String title) {
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    html.text(title).raw(" · zonekg</title><link rel=\"stylesheet\" href=\"/web/style.css\"></head><body>");
    html.raw("<header><a class=\"brand\" href=\"/search\">zonekg</a>"
        + "<a href=\"/\">SPARQL (Fuseki UI)</a><a href=\"/queries\">Ready queries</a>"
        + "<form action=\"/search\" method=\"get\" role=\"search\">"
        + "<input type=\"search\" name=\"q\" id=\"search-box\" placeholder=\"名称或别名，如 高新区\" aria-label=\"Search\">"
        + "<button type=\"submit\" id=\"search-button\">Search</button></form></header><main>");
    return html;
  }

  /** Appends markup written in this package; never pass data through here. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped for element content and quoted attribute values. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding escaped text: {@code tag("h1", label)}. */
  Html tag(String name, String text) {
    return raw("<" + name + ">").text(text).raw("</" + name + ">");
  }

  /** A link; {@code href} is escaped as an attribute value. */
  Html link(String href, String text) {
    return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
  }

  /** Closes the page, adding the scripts it needs (served from the jar, never from a CDN). */
  String finish(String... scripts) {
    out.append("</main>");
    for (String script : scripts) {
      out.append("<script src=\"").append(escape(script)).append("\"></script>");
    }
    return out.append("</body></html>\n").toString();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
