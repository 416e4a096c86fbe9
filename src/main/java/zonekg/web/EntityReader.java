package zonekg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import zonekg.vocab.NIF;
import zonekg.vocab.PROV;
import zonekg.vocab.ZK;
import zonekg.web.EntityView.Fact;
import zonekg.web.EntityView.Link;
import zonekg.web.EntityView.Relation;
import zonekg.web.EntityView.SentenceRow;
import zonekg.web.EntityView.StatisticRow;

/**
 * Reads what an entity page shows from the served dataset with a few SPARQL queries, the entity bound as
 * {@code ?e} (never spliced into query text). Labels prefer Chinese: the ontology labels its terms in zh and en.
 */
final class EntityReader {
  private static final String RDF_TYPE = RDF.type.getURI();
  private static final String RDFS_LABEL = RDFS.label.getURI();
  private static final String SKOS_PREF_LABEL = SKOS.prefLabel.getURI();
  private static final String SKOS_ALT_LABEL = SKOS.altLabel.getURI();
  private static final String NIF_ANCHOR_OF = NIF.anchorOf.getURI();
  private static final Set<String> PROVENANCE = Set.of(ZK.mentionedIn.getURI(), ZK.mentionedInSentence.getURI(),
      PROV.wasDerivedFrom.getURI(), ZK.evidence.getURI());
  private static final Query EXISTS = parse("ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }");
  private static final Query OUTGOING = parse("""
      SELECT DISTINCT ?p ?pl ?o ?ol {
        ?e ?p ?o .
        OPTIONAL { ?p rdfs:label ?pl FILTER (lang(?pl) = "zh") }
        OPTIONAL { ?o rdfs:label|skos:prefLabel|nif:anchorOf ?ol FILTER (lang(?ol) != "en") }
      } ORDER BY ?p ?o""");
  private static final Query INCOMING = parse("""
      SELECT DISTINCT ?s ?sl ?p ?pl ?t ?tl {
        ?s ?p ?e .
        FILTER (?p NOT IN (zk:subject, zk:indicator, zk:comparedTo, zk:evidence, prov:wasDerivedFrom,
                           zk:inDocument, zk:mentionedInSentence, rdf:type, qb:dataSet))
        OPTIONAL { ?s rdfs:label|skos:prefLabel ?sl }
        OPTIONAL { ?p rdfs:label ?pl FILTER (lang(?pl) = "zh") }
        OPTIONAL { ?s a ?t . OPTIONAL { ?t rdfs:label ?tl FILTER (lang(?tl) = "zh") } }
      } ORDER BY ?p ?t ?sl ?s LIMIT 500""");
  private static final Query STATISTICS = parse("""
      SELECT DISTINCT ?st ?sub ?subl ?ind ?indl ?value ?unit ?period ?end ?kind ?approx ?cmp ?cmpl ?text ?doc ?docl ?begin {
        { ?st zk:subject ?e } UNION { ?st zk:indicator ?e } UNION { ?st zk:comparedTo ?e }
        UNION { ?st zk:evidence ?e } UNION { ?st zk:evidence/zk:inDocument ?e }
        ?st a zk:Statistic ; zk:subject ?sub ; zk:indicator ?ind ; zk:value ?value .
        OPTIONAL { ?sub rdfs:label ?subl }
        OPTIONAL { ?ind skos:prefLabel ?indl }
        OPTIONAL { ?st zk:unitLabel ?unit }
        OPTIONAL { ?st zk:period ?period }
        OPTIONAL { ?st sdmx-dimension:refPeriod/time:hasEnd/time:inXSDDate ?end }
        OPTIONAL { ?st zk:kind ?kind }
        OPTIONAL { ?st zk:approximation ?approx }
        OPTIONAL { ?st zk:comparedTo ?cmp OPTIONAL { ?cmp rdfs:label ?cmpl } }
        OPTIONAL { ?st zk:evidence ?sent . ?sent nif:anchorOf ?text .
                   OPTIONAL { ?sent nif:beginIndex ?begin }
                   OPTIONAL { ?sent zk:inDocument ?doc OPTIONAL { ?doc rdfs:label ?docl } } }
      } ORDER BY ?doc ?begin ?st LIMIT 500""");
  private static final Query SENTENCES = parse("""
      SELECT ?sent ?text ?begin (COUNT(DISTINCT ?st) AS ?n) {
        ?sent zk:inDocument ?e ; nif:anchorOf ?text .
        OPTIONAL { ?sent nif:beginIndex ?begin }
        OPTIONAL { ?st zk:evidence ?sent }
      } GROUP BY ?sent ?text ?begin ORDER BY ?begin ?sent LIMIT 500""");

  private final DatasetGraph dsg;

  EntityReader(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** Whether the graph says anything about {@code iri} or points at it. */
  boolean exists(String iri) {
    return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(EXISTS).substitution(Var.alloc("e"), uri(iri))
        .ask());
  }

  /** The page content for {@code iri}, or empty when the graph does not know it. */
  Optional<EntityView> read(String iri) {
    return Txn.calculateRead(dsg, () -> exists(iri) ? Optional.of(view(iri)) : Optional.empty());
  }

  private EntityView view(String iri) {
    List<Fact> facts = new ArrayList<>();
    List<Link> types = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    List<String> aliases = new ArrayList<>();
    select(OUTGOING, iri, row -> {
      String p = row.get("p").getURI();
      Node o = row.get("o");
      if (p.equals(RDF_TYPE) && o.isURI()) {
        types.add(new Link(o.getURI(), label(row.get("ol"), o)));
      } else if (p.equals(RDFS_LABEL) || p.equals(SKOS_PREF_LABEL) || p.equals(NIF_ANCHOR_OF)) {
        labels.add(o.getLiteralLexicalForm());
      } else if (p.equals(SKOS_ALT_LABEL)) {
        aliases.add(o.getLiteralLexicalForm());
      } else {
        Link property = new Link(p, label(row.get("pl"), row.get("p")));
        Optional<Link> resource = o.isURI() ? Optional.of(new Link(o.getURI(), label(row.get("ol"), o))) : Optional.empty();
        facts.add(new Fact(property, resource, o.isLiteral() ? o.getLiteralLexicalForm() : ""));
      }
    });
    // Where the text says it comes last: what the entity is and where it lies read first.
    facts.sort(Comparator.comparing((Fact f) -> PROVENANCE.contains(f.property().iri())));
    String label = labels.isEmpty() ? iri : labels.iterator().next();
    return new EntityView(iri, label, types, aliases, facts, incoming(iri), statistics(iri), sentences(iri));
  }

  private List<Relation> incoming(String iri) {
    List<Relation> relations = new ArrayList<>();
    select(INCOMING, iri, row -> {
      Node t = row.get("t");
      Link type = t == null ? new Link("", "") : new Link(t.isURI() ? t.getURI() : "", label(row.get("tl"), t));
      relations.add(new Relation(new Link(row.get("p").getURI(), label(row.get("pl"), row.get("p"))), type,
          link(row.get("s"), row.get("sl"))));
    });
    return dropSupertypes(relations);
  }

  // An entity may carry several types (zk:Statistic and qb:Observation); one row per source, with its first type.
  private static List<Relation> dropSupertypes(List<Relation> relations) {
    Set<String> seen = new LinkedHashSet<>();
    List<Relation> kept = new ArrayList<>();
    for (Relation r : relations) {
      if (seen.add(r.property().iri() + " " + r.source().iri())) {
        kept.add(r);
      }
    }
    return kept;
  }

  private List<StatisticRow> statistics(String iri) {
    List<StatisticRow> rows = new ArrayList<>();
    select(STATISTICS, iri, row -> rows.add(new StatisticRow(row.get("st").toString(),
        link(row.get("sub"), row.get("subl")), link(row.get("ind"), row.get("indl")),
        lexical(row.get("value")), lexical(row.get("unit")), lexical(row.get("period")), lexical(row.get("end")),
        localName(row.get("kind")),
        localName(row.get("approx")), optionalLink(row.get("cmp"), row.get("cmpl")), lexical(row.get("text")),
        optionalLink(row.get("doc"), row.get("docl")))));
    return rows;
  }

  private List<SentenceRow> sentences(String iri) {
    List<SentenceRow> rows = new ArrayList<>();
    select(SENTENCES, iri, row -> rows.add(new SentenceRow(row.get("sent").toString(), lexical(row.get("text")),
        row.get("begin") == null ? -1 : ((Number) row.get("begin").getLiteralValue()).longValue(),
        ((Number) row.get("n").getLiteralValue()).intValue())));
    return rows;
  }

  private void select(Query query, String iri, Consumer<Binding> each) {
    try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(Var.alloc("e"), uri(iri)).build()) {
      exec.select().forEachRemaining(each);
    }
  }

  private static Link link(Node node, Node label) {
    return new Link(node.isURI() ? node.getURI() : "", label(label, node));
  }

  private static Optional<Link> optionalLink(Node node, Node label) {
    return node == null ? Optional.empty() : Optional.of(link(node, label));
  }

  private static String label(Node label, Node node) {
    if (label != null && label.isLiteral()) {
      return label.getLiteralLexicalForm();
    }
    return localName(node);
  }

  /** The part of an IRI after its last '#' or '/', enough to read a term of our ontology. */
  static String localName(Node node) {
    if (node == null) {
      return "";
    }
    if (!node.isURI()) {
      return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
    String uri = node.getURI();
    int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
    return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
  }

  private static String lexical(Node node) {
    return node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Query parse(String body) {
    return QueryFactory.create(SparqlPrefixes.ALL + body);
  }
}
