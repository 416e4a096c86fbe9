package zonekg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Finds zones, enterprises, projects, platforms, regions and indicators whose name or alias contains the
 * words typed ({@code 高新区} finds every 高新区); exact names first, then shorter names. An empty query lists
 * every development zone.
 */
final class EntitySearch {
  /** Most hits a search page shows. */
  static final int MAX_HITS = 200;
  private static final Query BY_NAME = QueryFactory.create(SparqlPrefixes.ALL + """
      SELECT DISTINCT ?s ?label ?name ?type ?typeLabel {
        VALUES ?type { zk:DevelopmentZone zk:Enterprise zk:Project zk:Platform zk:Indicator
                       zk:Country zk:Province zk:City zk:County }
        ?s a ?type ; rdfs:label|skos:altLabel|skos:prefLabel ?name .
        FILTER (CONTAINS(LCASE(STR(?name)), LCASE(?q)))
        ?s rdfs:label|skos:prefLabel ?label .
        OPTIONAL { ?type rdfs:label ?typeLabel FILTER (lang(?typeLabel) = "zh") }
      } LIMIT 2000""");
  private static final Query ZONES = QueryFactory.create(SparqlPrefixes.ALL + """
      SELECT DISTINCT ?s ?label ?typeLabel {
        ?s a zk:DevelopmentZone ; rdfs:label ?label .
        OPTIONAL { zk:DevelopmentZone rdfs:label ?typeLabel FILTER (lang(?typeLabel) = "zh") }
      } ORDER BY ?label LIMIT 200""");

  /** One entity found, with whether one of its names equals the query. */
  record Hit(String iri, String label, String type, boolean exact) {}

  private final DatasetGraph dsg;

  EntitySearch(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  List<Hit> find(String words) {
    String q = words == null ? "" : words.strip();
    return Txn.calculateRead(dsg, () -> q.isEmpty() ? zones() : byName(q));
  }

  private List<Hit> byName(String q) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    try (QueryExec exec = QueryExec.dataset(dsg).query(BY_NAME)
        .substitution(Var.alloc("q"), NodeFactory.createLiteralString(q)).build()) {
      exec.select().forEachRemaining(row -> {
        String iri = row.get("s").getURI();
        boolean exact = row.get("name").getLiteralLexicalForm().equalsIgnoreCase(q);
        String type = row.get("typeLabel") == null ? EntityReader.localName(row.get("type"))
            : row.get("typeLabel").getLiteralLexicalForm();
        Hit hit = new Hit(iri, row.get("label").getLiteralLexicalForm(), type, exact);
        hits.merge(iri, hit, (a, b) -> a.exact() ? a : b);
      });
    }
    List<Hit> ordered = new ArrayList<>(hits.values());
    ordered.sort(Comparator.comparing((Hit h) -> !h.exact()).thenComparingInt(h -> h.label().length())
        .thenComparing(Hit::label).thenComparing(Hit::iri));
    return ordered.size() > MAX_HITS ? ordered.subList(0, MAX_HITS) : ordered;
  }

  private List<Hit> zones() {
    List<Hit> hits = new ArrayList<>();
    try (QueryExec exec = QueryExec.dataset(dsg).query(ZONES).build()) {
      exec.select().forEachRemaining(row -> hits.add(new Hit(row.get("s").getURI(),
          row.get("label").getLiteralLexicalForm(),
          row.get("typeLabel") == null ? "" : row.get("typeLabel").getLiteralLexicalForm(), false)));
    }
    return hits;
  }
}
