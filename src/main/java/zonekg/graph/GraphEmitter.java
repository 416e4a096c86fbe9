package zonekg.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.Observation;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.vocab.NIF;
import zonekg.vocab.PROV;
import zonekg.vocab.QB;
import zonekg.vocab.ZK;

/**
 * ResolvedCorpus → quads: one named graph per document holding the document, the sentences that
 * carry evidence, every entity it mentions with its links, and its statistics. Emits in
 * (entity key, text offset) order, so the output never depends on thread count.
 */
public final class GraphEmitter {
  private final Iris iris;

  public GraphEmitter(Iris iris) {
    this.iris = iris;
  }

  /** Emits one document's graph; returns the number of quads written. */
  public long emit(ResolvedCorpus corpus, MentionedDoc doc, StreamRDF out) {
    Node docNode = iris.document(doc.name());
    QuadWriter w = new QuadWriter(out, docNode);
    emitDocument(doc, docNode, w);
    Map<Integer, Node> sentences = emitSentences(doc, docNode, w);
    emitEntities(corpus, doc, docNode, sentences, w);
    emitObservations(corpus, doc, sentences, w);
    return w.count();
  }

  private void emitDocument(MentionedDoc doc, Node docNode, QuadWriter w) {
    w.add(docNode, RDF.Nodes.type, ZK.Nodes.Document);
    w.add(docNode, RDF.Nodes.type, PROV.Nodes.Entity);
    w.add(docNode, RDFS.Nodes.label, QuadWriter.string(doc.name()));
    w.add(docNode, ZK.Nodes.fileName, QuadWriter.string(doc.name()));
    w.add(docNode, ZK.Nodes.sha256, QuadWriter.string(doc.doc().doc().source().sha256()));
  }

  /** The sentences that some mention or statistic points at, by sentence index. */
  private Map<Integer, Node> emitSentences(MentionedDoc doc, Node docNode, QuadWriter w) {
    TreeSet<Integer> used = new TreeSet<>();
    doc.mentions().forEach(m -> used.add(m.sentence()));
    doc.observations().forEach(o -> used.add(o.sentence()));
    Map<Integer, Node> nodes = new HashMap<>();
    doc.doc().sentences().filter(s -> used.contains(s.index())).forEach(s -> {
      Span source = doc.doc().doc().offsets().toSource(s.span());
      Node node = iris.sentence(doc.name(), source);
      nodes.put(s.index(), node);
      emitSentence(s, source, node, docNode, w);
    });
    return nodes;
  }

  private void emitSentence(Sentence s, Span source, Node node, Node docNode, QuadWriter w) {
    w.add(node, RDF.Nodes.type, ZK.Nodes.Sentence);
    w.add(node, RDF.Nodes.type, NIF.Nodes.Sentence);
    w.add(node, NIF.Nodes.anchorOf, QuadWriter.string(s.text()));
    w.add(node, NIF.Nodes.beginIndex, QuadWriter.integer(source.begin()));
    w.add(node, NIF.Nodes.endIndex, QuadWriter.integer(source.end()));
    w.add(node, ZK.Nodes.sentenceIndex, QuadWriter.integer(s.index()));
    w.add(node, ZK.Nodes.inDocument, docNode);
  }

  private void emitEntities(ResolvedCorpus corpus, MentionedDoc doc, Node docNode, Map<Integer, Node> sentences,
      QuadWriter w) {
    Map<String, Mention> firstMention = new TreeMap<>();
    for (Mention m : doc.mentions()) {
      corpus.entity(doc.name(), m.name()).ifPresent(e -> firstMention.putIfAbsent(e.key(), m));
    }
    TreeSet<String> emitted = new TreeSet<>();
    firstMention.forEach((key, m) -> {
      Entity e = corpus.entities().get(key);
      Node node = iris.entity(key);
      w.add(node, ZK.Nodes.mentionedIn, docNode);
      w.add(node, ZK.Nodes.mentionedInSentence, sentences.get(m.sentence()));
      emitEntity(corpus, e, w, emitted);
    });
  }

  /** An entity's description, and those of the entities it links to (its zone, city, province). */
  private void emitEntity(ResolvedCorpus corpus, Entity e, QuadWriter w, TreeSet<String> emitted) {
    if (e == null || !emitted.add(e.key())) {
      return;
    }
    Node node = iris.entity(e.key());
    w.add(node, RDF.Nodes.type, typeOf(e));
    w.add(node, RDFS.Nodes.label, QuadWriter.zh(e.label()));
    e.aliases().forEach(a -> w.add(node, SKOS.altLabel.asNode(), QuadWriter.zh(a)));
    link(corpus, node, ZK.Nodes.zone, e.zone(), w, emitted);
    link(corpus, node, ZK.Nodes.enterprise, e.enterprise(), w, emitted);
    w.add(node, ZK.Nodes.status, QuadWriter.zh(e.status()));
    if (e.type() == EntityType.REGION) {
      w.add(node, ZK.Nodes.gbCode, QuadWriter.string(e.code()));
      link(corpus, node, ZK.Nodes.locatedIn, e.region(), w, emitted);
    } else if (e.type() == EntityType.ZONE && e.region() != null) {
      link(corpus, node, ZK.Nodes.city, e.region(), w, emitted);
      link(corpus, node, ZK.Nodes.locatedIn, e.region(), w, emitted);
      provinceOf(corpus, e.region()).ifPresent(p -> link(corpus, node, ZK.Nodes.province, p, w, emitted));
    }
  }

  private void link(ResolvedCorpus corpus, Node node, Node property, String key, QuadWriter w,
      TreeSet<String> emitted) {
    if (key != null) {
      w.add(node, property, iris.entity(key));
      emitEntity(corpus, corpus.entities().get(key), w, emitted);
    }
  }

  /** The province of a city: the region above it, or the city itself when it is province-level (天津市). */
  private static Optional<String> provinceOf(ResolvedCorpus corpus, String cityKey) {
    Entity city = corpus.entities().get(cityKey);
    if (city == null) {
      return Optional.empty();
    }
    return Optional.of(city.region() != null ? city.region() : cityKey);
  }

  private static Node typeOf(Entity e) {
    return switch (e.type()) {
      case ZONE -> ZK.Nodes.DevelopmentZone;
      case ENTERPRISE -> ZK.Nodes.Enterprise;
      case PROJECT -> ZK.Nodes.Project;
      case PLATFORM -> ZK.Nodes.Platform;
      case REGION -> RegionLevel.of(e.code());
    };
  }

  private void emitObservations(ResolvedCorpus corpus, MentionedDoc doc, Map<Integer, Node> sentences, QuadWriter w) {
    Map<Span, Integer> ordinals = new HashMap<>();
    doc.observations().stream().sorted(Comparator.comparing(Observation::number)).forEach(o -> {
      int ordinal = ordinals.merge(o.number(), 1, Integer::sum) - 1;
      Span source = doc.doc().doc().offsets().toSource(o.number());
      emitObservation(corpus, doc.name(), o, iris.observation(doc.name(), source, ordinal), sentences, w);
    });
  }

  private void emitObservation(ResolvedCorpus corpus, String docName, Observation o, Node node,
      Map<Integer, Node> sentences, QuadWriter w) {
    w.add(node, RDF.Nodes.type, QB.Nodes.Observation);
    w.add(node, RDF.Nodes.type, ZK.Nodes.Statistic);
    w.add(node, QB.Nodes.dataSet, iris.statistics());
    w.add(node, ZK.Nodes.subject, entityNode(corpus, docName, o.subject(), o.subjectType(), w));
    Node indicator = iris.indicator(o.indicator());
    w.add(node, ZK.Nodes.indicator, indicator);
    w.add(indicator, RDF.Nodes.type, ZK.Nodes.Indicator);
    w.add(indicator, RDF.Nodes.type, SKOS.Concept.asNode());
    w.add(indicator, SKOS.prefLabel.asNode(), QuadWriter.zh(o.indicator()));
    w.add(node, ZK.Nodes.value, QuadWriter.decimal(o.value()));
    w.add(node, ZK.Nodes.unitLabel, QuadWriter.string(o.unit()));
    w.add(node, ZK.Nodes.period, QuadWriter.zh(o.period()));
    w.add(node, ZK.Nodes.kind, Terms.kind(o.kind()));
    w.add(node, ZK.Nodes.approximation, o.approx() == null ? null : Terms.approx(o.approx()));
    if (o.comparedTo() != null) {
      w.add(node, ZK.Nodes.comparedTo, entityNode(corpus, docName, o.comparedTo(), EntityType.REGION, w));
    }
    w.add(node, PROV.Nodes.wasDerivedFrom, sentences.get(o.sentence()));
  }

  /** The node of a name the resolver joined to an entity; an unresolved name still gets a labelled node. */
  private Node entityNode(ResolvedCorpus corpus, String docName, String name, EntityType type, QuadWriter w) {
    Optional<Entity> e = corpus.entity(docName, name);
    if (e.isPresent()) {
      return iris.entity(e.get().key());
    }
    Node node = iris.entity(type.name().toLowerCase(java.util.Locale.ROOT) + "/" + name);
    w.add(node, RDFS.Nodes.label, QuadWriter.zh(name));
    return node;
  }
}
