package zonekg.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import zonekg.doc.Attestation;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.Observation;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.extract.statistic.PeriodResolver;
import zonekg.extract.statistic.ResolvedPeriod;
import zonekg.extract.statistic.Unit;
import zonekg.vocab.NIF;
import zonekg.vocab.PROV;
import zonekg.vocab.QB;
import zonekg.vocab.SDMX;
import zonekg.vocab.TIME;
import zonekg.vocab.ZK;

/**
 * ResolvedCorpus → quads: one named graph per document holding the document, the sentences that
 * carry evidence, every entity it mentions or refers to with its links, and its statistics. Each
 * document graph describes everything it points at, so it stands on its own. Emits in (entity
 * key, text offset) order, so the output never depends on thread count.
 */
public final class GraphEmitter {
  /** 去年同期, 上年同期: the figure's own months, a year earlier. */
  private static final Pattern SAME_TIME_BEFORE = Pattern.compile("(?:去年|上年)同期");
  private final Iris iris;

  public GraphEmitter(Iris iris) {
    this.iris = iris;
  }

  /** Emits one document's graph; returns the number of quads written. */
  public long emit(ResolvedCorpus corpus, MentionedDoc doc, StreamRDF out) {
    DocGraph g = new DocGraph(corpus, doc, new QuadWriter(out, iris.document(doc.name())));
    g.document();
    g.sentences();
    g.mentions();
    g.observations();
    return g.w.count();
  }

  /**
   * The state of emitting one document. Each subject's statements are written together: what a
   * subject links to is queued and described after it, so streamed Turtle keeps one block per subject.
   */
  private final class DocGraph {
    private final ResolvedCorpus corpus;
    private final MentionedDoc doc;
    private final QuadWriter w;
    private final Node docNode;
    private final Map<Integer, Node> sentenceNodes = new HashMap<>();
    private final Set<Node> described = new HashSet<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final PeriodResolver periods;

    DocGraph(ResolvedCorpus corpus, MentionedDoc doc, QuadWriter w) {
      this.corpus = corpus;
      this.doc = doc;
      this.w = w;
      this.docNode = iris.document(doc.name());
      this.periods = PeriodResolver.forText(doc.doc().text());
    }

    void document() {
      w.add(docNode, RDF.Nodes.type, ZK.Nodes.Document);
      w.add(docNode, RDF.Nodes.type, PROV.Nodes.Entity);
      w.add(docNode, RDFS.Nodes.label, QuadWriter.string(doc.name()));
      w.add(docNode, ZK.Nodes.fileName, QuadWriter.string(doc.name()));
      w.add(docNode, ZK.Nodes.sha256, QuadWriter.string(doc.doc().doc().source().sha256()));
      periods.docYear().ifPresent(y -> w.add(docNode, ZK.Nodes.publicationYear, QuadWriter.year(y)));
    }

    /** The sentences that some mention or statistic points at. */
    void sentences() {
      TreeSet<Integer> used = new TreeSet<>();
      doc.mentions().forEach(m -> used.add(m.sentence()));
      doc.observations().forEach(o -> used.add(o.sentence()));
      doc.doc().headlinesAndSentences().filter(s -> used.contains(s.index())).forEach(this::sentence);
    }

    private void sentence(Sentence s) {
      Span source = doc.doc().doc().offsets().toSource(s.span());
      Node node = iris.sentence(doc.name(), source);
      sentenceNodes.put(s.index(), node);
      w.add(node, RDF.Nodes.type, ZK.Nodes.Sentence);
      w.add(node, RDF.Nodes.type, NIF.Nodes.Sentence);
      w.add(node, NIF.Nodes.anchorOf, QuadWriter.string(s.text()));
      w.add(node, NIF.Nodes.beginIndex, QuadWriter.integer(source.begin()));
      w.add(node, NIF.Nodes.endIndex, QuadWriter.integer(source.end()));
      w.add(node, ZK.Nodes.sentenceIndex, QuadWriter.integer(s.index()));
      w.add(node, ZK.Nodes.inDocument, docNode);
    }

    /** Each mentioned entity once, with the first sentence naming it, and all it links to. */
    void mentions() {
      Map<String, Mention> first = new TreeMap<>();
      for (Mention m : doc.mentions()) {
        corpus.entity(doc.name(), m.type(), m.name()).ifPresent(e -> first.putIfAbsent(e.key(), m));
      }
      // every named entity first, with its sentence; only then what they link to
      first.forEach((key, m) -> describe(corpus.entities().get(key), sentenceNodes.get(m.sentence())));
      flush();
    }

    /** An entity's own statements; the entities it links to (zone, city, province) are queued. */
    private Node describe(Entity e, Node firstSentence) {
      Node node = iris.entity(e.key());
      if (!described.add(node)) {
        return node;
      }
      w.add(node, RDF.Nodes.type, typeOf(e));
      w.add(node, RDFS.Nodes.label, QuadWriter.zh(e.label()));
      e.aliases().forEach(a -> w.add(node, SKOS.altLabel.asNode(), QuadWriter.zh(a)));
      boolean mentioned = e.documents().contains(doc.name());
      if (mentioned) {
        w.add(node, ZK.Nodes.mentionedIn, docNode);
      }
      w.add(node, ZK.Nodes.mentionedInSentence, firstSentence);
      // each document's graph says what that document says; where documents disagree, the attestation keeps apart
      // which said what, in the union as in the named graphs
      Attestation says = e.in(doc.name());
      placement(node, says);
      if (mentioned && ATTESTED.contains(e.type())) {
        Node attestation = iris.attestation(doc.name(), e.key());
        w.add(node, ZK.Nodes.attestation, attestation);
        later(() -> attestation(attestation, says));
      }
      if (e.type() == EntityType.REGION) {
        w.add(node, ZK.Nodes.gbCode, QuadWriter.string(e.code()));
        w.add(node, ZK.Nodes.locatedIn, linked(e.region()));
      } else if (e.type() == EntityType.ZONE && e.region() != null) {
        w.add(node, ZK.Nodes.city, linked(e.region()));
        w.add(node, ZK.Nodes.locatedIn, linked(e.region()));
        provinceOf(e.region()).ifPresent(p -> w.add(node, ZK.Nodes.province, linked(p)));
      }
      return node;
    }

    private void attestation(Node node, Attestation says) {
      w.add(node, RDF.Nodes.type, ZK.Nodes.Attestation);
      w.add(node, ZK.Nodes.inDocument, docNode);
      w.add(node, ZK.Nodes.writtenName, QuadWriter.zh(says.name()));
      placement(node, says);
      w.add(node, ZK.Nodes.zoneName, QuadWriter.zh(nameHere(says.zone())));
      w.add(node, ZK.Nodes.enterpriseName, QuadWriter.zh(nameHere(says.enterprise())));
    }

    /**
     * The name this document writes the entity under, so that a query reads it off the attestation or statistic
     * that links the entity rather than searching the entity's attestations of every document; null for no entity.
     */
    private String nameHere(String key) {
      Entity e = key == null ? null : corpus.entities().get(key);
      return e == null ? null : e.nameIn(doc.name());
    }

    /** The zone, enterprise and stage a document gives, on the entity or on its attestation. */
    private void placement(Node node, Attestation says) {
      w.add(node, ZK.Nodes.zone, linked(says.zone()));
      w.add(node, ZK.Nodes.enterprise, linked(says.enterprise()));
      w.add(node, ZK.Nodes.status, QuadWriter.zh(says.status()));
    }

    /** The node of a linked entity, its description queued; null for no link. */
    private Node linked(String key) {
      if (key == null) {
        return null;
      }
      Entity e = corpus.entities().get(key);
      if (e != null) {
        later(() -> describe(e, null));
      }
      return iris.entity(key);
    }

    private void later(Runnable description) {
      pending.add(description);
    }

    /** Writes every queued description, and those they queue in turn. */
    private void flush() {
      while (!pending.isEmpty()) {
        pending.poll().run();
      }
    }

    /** The province-level region at or above a city: 武汉市 → 湖北省, and a municipality (天津市) is its own. */
    private Optional<String> provinceOf(String cityKey) {
      Entity region = corpus.entities().get(cityKey);
      while (region != null && !RegionLevel.isProvince(region.code())) {
        region = region.region() == null ? null : corpus.entities().get(region.region());
      }
      return Optional.ofNullable(region).map(Entity::key);
    }

    void observations() {
      Map<Span, Integer> ordinals = new HashMap<>();
      doc.observations().stream().sorted(Comparator.comparing(Observation::number)).forEach(o -> {
        int ordinal = ordinals.merge(o.number(), 1, Integer::sum) - 1;
        Span source = doc.doc().doc().offsets().toSource(o.number());
        observation(o, source, iris.observation(doc.name(), source, ordinal));
        flush();
      });
    }

    private void observation(Observation o, Span source, Node node) {
      w.add(node, RDF.Nodes.type, QB.Nodes.Observation);
      w.add(node, RDF.Nodes.type, ZK.Nodes.Statistic);
      w.add(node, QB.Nodes.dataSet, iris.statistics());
      Optional<Entity> subject = corpus.entity(doc.name(), o.subject());
      w.add(node, ZK.Nodes.subject, subject.map(e -> linked(e.key())).orElseGet(() -> ownSubject(o)));
      w.add(node, ZK.Nodes.subjectName, QuadWriter.zh(subject.map(e -> e.nameIn(doc.name())).orElse(o.subject())));
      w.add(node, ZK.Nodes.indicator, indicator(o.indicator()));
      w.add(node, ZK.Nodes.value, QuadWriter.decimal(o.value()));
      w.add(node, ZK.Nodes.unitLabel, QuadWriter.string(o.unit()));
      Unit.lookup(o.unit()).ifPresent(u -> normalised(node, u, o));
      w.add(node, ZK.Nodes.period, QuadWriter.zh(o.period()));
      if (o.period() != null) {
        periods.resolve(o.period()).ifPresent(p -> w.add(node, SDMX.Nodes.refPeriod, interval(p)));
      }
      w.add(node, ZK.Nodes.kind, Terms.kind(o.kind()));
      w.add(node, ZK.Nodes.approximation, o.approx() == null ? null : Terms.approx(o.approx()));
      if (o.comparedTo() != null) {
        w.add(node, ZK.Nodes.comparedTo, comparand(o));
      }
      w.add(node, PROV.Nodes.wasDerivedFrom, sentenceNodes.get(o.sentence()));
      w.add(node, ZK.Nodes.evidence, sentenceNodes.get(o.sentence()));
      w.add(node, ZK.Nodes.sourceOffset, QuadWriter.integer(source.begin()));
    }

    /** The value in its base unit (738.6亿元 → 73860000000 CNY), with the unit's IRI and power of ten. */
    private void normalised(Node node, Unit unit, Observation o) {
      w.add(node, ZK.Nodes.normalisedValue, QuadWriter.decimal(unit.normalise(o.value())));
      w.add(node, SDMX.Nodes.unitMeasure, Units.of(unit.base()));
      Units.exponent(unit.multiplier()).ifPresent(e -> w.add(node, SDMX.Nodes.unitMult, QuadWriter.integer(e)));
    }

    /** A calendar interval as OWL-Time, its IRI made from its first and last day; 截至11月底 has no beginning. */
    private Node interval(ResolvedPeriod p) {
      Node node = iris.interval(p.start(), p.end());
      later(() -> {
        if (described.add(node)) {
          bounds(node, p);
        }
      });
      return node;
    }

    /**
     * The interval a difference is measured against, under the name the text gives it, and the same as the
     * interval other figures are of.
     */
    private Node namedInterval(ResolvedPeriod p) {
      Node node = iris.namedInterval(p.start(), p.end(), p.label());
      later(() -> {
        if (described.add(node)) {
          bounds(node, p);
          w.add(node, RDFS.Nodes.label, QuadWriter.zh(p.label()));
          w.add(node, TIME.Nodes.intervalEquals, interval(p));
        }
      });
      return node;
    }

    private void bounds(Node interval, ResolvedPeriod p) {
      w.add(interval, RDF.Nodes.type, TIME.Nodes.ProperInterval);
      if (p.start() != null) {
        w.add(interval, TIME.Nodes.hasBeginning, instant(p.start()));
      }
      w.add(interval, TIME.Nodes.hasEnd, instant(p.end()));
    }

    private Node instant(LocalDate day) {
      Node node = iris.day(day);
      later(() -> {
        if (described.add(node)) {
          w.add(node, RDF.Nodes.type, TIME.Nodes.Instant);
          w.add(node, TIME.Nodes.inXSDDate, QuadWriter.date(day));
        }
      });
      return node;
    }

    /**
     * What a difference is measured against: a region or entity the resolver knows (全市: the subject's city),
     * else a period (比一季度提高 → the first quarter of the document's year, under its printed name), else a node
     * carrying the printed name only.
     */
    private Node comparand(Observation o) {
      String name = o.comparedTo();
      Optional<Entity> e = corpus.entity(doc.name(), ResolvedCorpus.relative(o.subject(), name))
          .or(() -> corpus.entity(doc.name(), name));
      if (e.isPresent()) {
        return linked(e.get().key());
      }
      Optional<ResolvedPeriod> period = comparedPeriod(o);
      if (period.isPresent()) {
        return namedInterval(period.get());
      }
      Node node = iris.comparand(name);
      later(() -> w.add(node, RDFS.Nodes.label, QuadWriter.zh(name)));
      return node;
    }

    /** 比去年同期 said of a figure of 1—5月: January to May of the year before; any other period as it reads. */
    private Optional<ResolvedPeriod> comparedPeriod(Observation o) {
      String name = o.comparedTo();
      if (SAME_TIME_BEFORE.matcher(name).matches() && o.period() != null) {
        Optional<ResolvedPeriod> own = periods.resolve(o.period()).filter(p -> p.start() != null);
        if (own.isPresent()) {
          return Optional.of(new ResolvedPeriod(name, own.get().start().minusYears(1), own.get().end().minusYears(1)));
        }
      }
      return periods.resolve(name);
    }

    private Node indicator(String label) {
      Node node = iris.indicator(label);
      later(() -> {
        if (described.add(node)) {
          w.add(node, RDF.Nodes.type, ZK.Nodes.Indicator);
          w.add(node, RDF.Nodes.type, SKOS.Concept.asNode());
          w.add(node, SKOS.prefLabel.asNode(), QuadWriter.zh(label));
          w.add(node, SKOS.inScheme.asNode(), iris.indicators());
        }
      });
      return node;
    }

    /** A statistic's subject the resolver joined to no entity: a typed, labelled node of its own. */
    private Node ownSubject(Observation o) {
      String key = o.subjectType().name().toLowerCase(Locale.ROOT) + "/" + o.subject();
      Entity own = new Entity(key, o.subjectType(), o.subject(), List.of(), null, null, Map.of());
      later(() -> describe(own, null));
      return iris.entity(key);
    }
  }

  /** The kinds of entity a document may write its own way, place in a zone, link to a company or give a stage. */
  private static final Set<EntityType> ATTESTED = EnumSet.of(EntityType.ZONE, EntityType.ENTERPRISE,
      EntityType.PROJECT, EntityType.PLATFORM);

  private static Node typeOf(Entity e) {
    return switch (e.type()) {
      case ZONE -> ZK.Nodes.DevelopmentZone;
      case ENTERPRISE -> ZK.Nodes.Enterprise;
      case PROJECT -> ZK.Nodes.Project;
      case PLATFORM -> ZK.Nodes.Platform;
      case REGION -> RegionLevel.of(e.code());
    };
  }
}
