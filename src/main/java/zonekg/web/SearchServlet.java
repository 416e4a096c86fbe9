package zonekg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import zonekg.web.EntitySearch.Hit;

/**
 * {@code /search?q=}: entities by Chinese name or alias. A query naming exactly one entity goes straight to its
 * page (303); otherwise a list of hits, exact names first. Without {@code q}, the list of all zones.
 */
final class SearchServlet extends HttpServlet {
  private final transient EntitySearch search;
  private final transient EntityPaths paths;

  SearchServlet(EntitySearch search, EntityPaths paths) {
    this.search = search;
    this.paths = paths;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
    List<Hit> hits = search.find(q);
    List<Hit> exact = hits.stream().filter(Hit::exact).toList();
    if (exact.size() == 1) {
      resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
      resp.setHeader("Location", paths.href(exact.get(0).iri()));
      return;
    }
    Html html = Html.page(q.isEmpty() ? "Development zones" : q);
    html.tag("h1", q.isEmpty() ? "开发区 Development zones" : "Search: " + q);
    html.raw("<p class=\"count\" id=\"hit-count\">").text(hits.size() + (hits.size() == 1 ? " entity" : " entities"))
        .raw("</p>");
    html.raw("<table id=\"hits\"><thead><tr><th>name</th><th>type</th></tr></thead><tbody>");
    for (Hit hit : hits) {
      html.raw("<tr><td>").link(paths.href(hit.iri()), hit.label()).raw("</td><td>").text(hit.type())
          .raw("</td></tr>");
    }
    Responses.html(resp, HttpServletResponse.SC_OK, html.raw("</tbody></table>").finish());
  }
}
