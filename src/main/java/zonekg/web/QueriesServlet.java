package zonekg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import zonekg.web.QueryCatalog.ReadyQuery;

/**
 * {@code /queries}: the ready queries with their comments, each opening in the Fuseki UI's query editor
 * ({@code /#/dataset/zonekg/query?query=...}, which the UI reads into its editor); {@code /queries/<path>.rq}
 * gives one query's text.
 */
final class QueriesServlet extends HttpServlet {
  private final transient QueryCatalog catalog;
  private final String dataset;

  QueriesServlet(QueryCatalog catalog, String dataset) {
    this.catalog = catalog;
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      Responses.html(resp, HttpServletResponse.SC_OK, list());
      return;
    }
    Optional<ReadyQuery> query = catalog.byPath(path.substring(1));
    if (query.isEmpty()) {
      Responses.html(resp, HttpServletResponse.SC_NOT_FOUND,
          Html.page("Not found").tag("h1", "No such ready query").tag("p", path).finish());
      return;
    }
    Responses.send(resp, HttpServletResponse.SC_OK, "application/sparql-query; charset=utf-8",
        query.get().text().getBytes(StandardCharsets.UTF_8));
  }

  private String list() {
    Html html = Html.page("Ready queries");
    html.tag("h1", "Ready queries");
    html.tag("p", "Click a name to open the query in the Fuseki UI's editor, then press its run button.");
    html.raw("<table id=\"queries\"><thead><tr><th>query</th><th>what it answers</th><th>text</th></tr></thead><tbody>");
    for (ReadyQuery q : catalog.all()) {
      html.raw("<tr><td>").link(editorUrl(q), q.path()).raw("</td><td>").text(q.comment()).raw("</td><td>")
          .link("/queries/" + q.path(), ".rq").raw("</td></tr>");
    }
    return html.raw("</tbody></table>").finish();
  }

  /** The UI's query page with the query in its editor. */
  String editorUrl(ReadyQuery q) {
    return "/#/dataset/" + dataset + "/query?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
