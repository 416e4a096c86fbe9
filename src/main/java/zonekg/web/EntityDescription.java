package zonekg.web;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import zonekg.vocab.NIF;
import zonekg.vocab.PROV;
import zonekg.vocab.QB;
import zonekg.vocab.ZK;

/**
 * The RDF an entity page stands for: the entity's own statements, the labels of what it points at, and its
 * statistics with their evidence sentences; what Turtle and JSON-LD clients get instead of HTML.
 */
final class EntityDescription {
  private static final Query DESCRIBE = QueryFactory.create(SparqlPrefixes.ALL + """
      CONSTRUCT {
        ?e ?p ?o . ?o rdfs:label ?ol .
        ?st ?sp ?so . ?sent nif:anchorOf ?text ; zk:inDocument ?doc .
      } WHERE {
        { ?e ?p ?o OPTIONAL { ?o rdfs:label ?ol } }
        UNION
        { { ?st zk:subject ?e } UNION { ?st zk:indicator ?e }
          ?st a zk:Statistic ; ?sp ?so .
          OPTIONAL { ?st zk:evidence ?sent . ?sent nif:anchorOf ?text OPTIONAL { ?sent zk:inDocument ?doc } } }
      }""");
  private static final Map<String, String> PREFIXES = Map.of("zk", ZK.NS, "rdf", RDF.getURI(),
      "rdfs", RDFS.getURI(), "skos", SKOS.getURI(), "prov", PROV.NS, "qb", QB.NS, "nif", NIF.NS, "xsd", XSD.NS);

  private EntityDescription() {}

  /** The description of {@code iri}, with our usual prefixes. */
  static Graph of(DatasetGraph dsg, String iri) {
    return Txn.calculateRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg).query(DESCRIBE)
          .substitution(Var.alloc("e"), NodeFactory.createURI(iri)).build()) {
        Graph graph = exec.construct();
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        return graph;
      }
    });
  }
}
