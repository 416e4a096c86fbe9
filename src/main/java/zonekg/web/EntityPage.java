package zonekg.web;

import java.util.List;
import java.util.Optional;
import zonekg.web.Charts.Chart;
import zonekg.web.EntityView.Fact;
import zonekg.web.EntityView.Link;
import zonekg.web.EntityView.Relation;
import zonekg.web.EntityView.SentenceRow;
import zonekg.web.EntityView.StatisticRow;

/** Renders an {@link EntityView} as an HTML page: summary, facts, related entities, statistics, charts, sentences. */
final class EntityPage {
  private final EntityPaths paths;

  EntityPage(EntityPaths paths) {
    this.paths = paths;
  }

  String render(EntityView view) {
    Html html = Html.page(view.label());
    html.raw("<h1 id=\"entity-label\">").text(view.label()).raw("</h1>");
    html.raw("<p class=\"iri\"><code>").text(view.iri()).raw("</code> · ");
    html.link(paths.href(view.iri()) + separator(view.iri()) + "format=ttl", "Turtle").raw(" · ");
    html.link(paths.href(view.iri()) + separator(view.iri()) + "format=jsonld", "JSON-LD").raw("</p>");
    summary(html, view);
    facts(html, view.facts());
    List<Chart> charts = new java.util.ArrayList<>(Charts.overTime(view.iri(), view.statistics()));
    charts.addAll(Charts.comparison(view.iri(), view.statistics()));
    if (!charts.isEmpty()) {
      html.raw("<h2>Charts</h2><div id=\"charts\"></div>");
      html.raw("<script type=\"application/json\" id=\"chart-data\">").raw(Charts.json(charts)).raw("</script>");
    }
    statistics(html, view.statistics());
    sentences(html, view.sentences());
    incoming(html, view.incoming());
    return charts.isEmpty() ? html.finish() : html.finish("/web/chart.umd.min.js", "/web/charts.js");
  }

  private void summary(Html html, EntityView view) {
    html.raw("<dl class=\"summary\">");
    if (!view.types().isEmpty()) {
      html.raw("<dt>类型 type</dt><dd>");
      join(html, view.types().stream().map(Link::label).distinct().toList());
      html.raw("</dd>");
    }
    if (!view.aliases().isEmpty()) {
      html.raw("<dt>别名 aliases</dt><dd id=\"aliases\">");
      join(html, view.aliases());
      html.raw("</dd>");
    }
    html.raw("</dl>");
  }

  private static void join(Html html, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      html.raw(i == 0 ? "" : "、").text(texts.get(i));
    }
  }

  private void facts(Html html, List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    html.raw("<h2>Facts</h2><table id=\"facts\"><tbody>");
    for (Fact f : facts) {
      html.raw("<tr><th>").text(f.property().label()).raw("</th><td>");
      if (f.resource().isPresent()) {
        entityLink(html, f.resource().get());
      } else {
        html.text(f.literal());
      }
      html.raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private void statistics(Html html, List<StatisticRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    html.raw("<h2>Statistics</h2><table id=\"statistics\"><thead><tr><th>subject</th><th>indicator</th>"
        + "<th>value</th><th>unit</th><th>period</th><th>kind</th><th>approx</th><th>compared to</th>"
        + "<th>evidence</th></tr></thead><tbody>");
    for (StatisticRow r : rows) {
      html.raw("<tr class=\"statistic\"><td>");
      entityLink(html, r.subject());
      html.raw("</td><td>");
      entityLink(html, r.indicator());
      html.raw("</td><td class=\"num\">").text(r.value()).raw("</td><td>").text(r.unit())
          .raw("</td><td>").text(r.period()).raw("</td><td>").text(r.kind()).raw("</td><td>").text(r.approx())
          .raw("</td><td>");
      r.comparedTo().ifPresent(c -> entityLink(html, c));
      html.raw("</td><td class=\"evidence\">").text(r.evidence());
      r.document().ifPresent(d -> html.raw(" <span class=\"doc\">(").link(paths.href(d.iri()), d.label()).raw(")</span>"));
      html.raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private void sentences(Html html, List<SentenceRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    html.raw("<h2>Sentences</h2><ol id=\"sentences\">");
    for (SentenceRow s : rows) {
      html.raw("<li>").link(paths.href(s.iri()), s.text());
      if (s.statistics() > 0) {
        html.raw(" <span class=\"count\">").text(s.statistics() + " statistics").raw("</span>");
      }
      html.raw("</li>");
    }
    html.raw("</ol>");
  }

  private void incoming(Html html, List<Relation> relations) {
    if (relations.isEmpty()) {
      return;
    }
    html.raw("<h2>Related</h2><table id=\"related\"><thead><tr><th>type</th><th>entity</th><th>via</th></tr>"
        + "</thead><tbody>");
    for (Relation r : relations) {
      html.raw("<tr><td>").text(r.type().label()).raw("</td><td>");
      entityLink(html, r.source());
      html.raw("</td><td>").text(r.property().label()).raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private void entityLink(Html html, Link link) {
    if (link.iri().isEmpty()) {
      html.text(link.label());
    } else {
      html.link(paths.href(link.iri()), link.label());
    }
  }

  private String separator(String iri) {
    return paths.href(iri).contains("?") ? "&" : "?";
  }

  /** The page for an IRI the graph does not know. */
  static String notFound(String iri) {
    return Html.page("Not found").tag("h1", "Not in the graph").raw("<p>").text(Optional.ofNullable(iri).orElse(""))
        .raw("</p>").finish();
  }
}
