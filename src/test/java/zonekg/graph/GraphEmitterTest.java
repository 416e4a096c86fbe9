package zonekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import zonekg.doc.Article;
import zonekg.doc.Attestation;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.Observation;
import zonekg.doc.OffsetMap;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.SourceDoc;
import zonekg.doc.Span;
import zonekg.doc.StatKind;
import zonekg.vocab.ZK;

/** One small resolved document becomes exactly the expected named graph (compared by isomorphism). */
class GraphEmitterTest {
  private static final Path EXPECTED = Path.of("src/test/resources/zonekg/graph/zone-growth-difference.expected.trig");
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String TEXT = "武汉东湖高新区营收同比增长16.7%，比湖北省高2.1个百分点。星河科技有限公司落户该区。";

  @Test
  void emitsDocumentSentencesEntitiesAndStatistics() throws IOException {
    DatasetGraph actual = DatasetGraphFactory.create();
    new GraphEmitter(new Iris("https://example.org/id/")).emit(corpus(), doc(), StreamRDFLib.dataset(actual));

    if (Boolean.getBoolean("golden.update")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDFDataMgr.write(out, actual, Lang.TRIG);
      Files.writeString(EXPECTED, out.toString(StandardCharsets.UTF_8));
    }
    DatasetGraph expected = DatasetGraphFactory.create();
    RDFParser.source(EXPECTED).lang(Lang.TRIG).parse(expected);
    assertThat(IsoMatcher.isomorphic(expected, actual)).as("graph isomorphic to %s", EXPECTED).isTrue();
  }

  @Test
  void conformsToTheShapes() {
    DatasetGraph actual = DatasetGraphFactory.create();
    new GraphEmitter(new Iris("https://example.org/id/")).emit(corpus(), doc(), StreamRDFLib.dataset(actual));
    Graph docGraph = actual.getGraph(NodeFactory.createURI("https://example.org/id/doc/t.txt"));
    assertThat(new ShapeValidator(Ontology.load()).violations(docGraph)).isEmpty();
  }

  @Test
  void aStatisticWithoutSubjectIsReportedWithItsNode() {
    DatasetGraph actual = DatasetGraphFactory.create();
    new GraphEmitter(new Iris("https://example.org/id/")).emit(corpus(), doc(), StreamRDFLib.dataset(actual));
    Graph docGraph = actual.getGraph(NodeFactory.createURI("https://example.org/id/doc/t.txt"));
    docGraph.remove(NodeFactory.createURI("https://example.org/id/doc/t.txt/stat/13-17-0"), ZK.subject.asNode(), Node.ANY);
    assertThat(new ShapeValidator(Ontology.load()).violations(docGraph)).singleElement().asString()
        .startsWith("<https://example.org/id/doc/t.txt/stat/13-17-0> <https://w3id.org/zonekg/ontology#subject>")
        .contains("minCount");
  }

  @Test
  void sourceOffsetsOfEvidenceFollowTheOffsetMap() {
    DatasetGraph actual = DatasetGraphFactory.create();
    new GraphEmitter(new Iris("https://example.org/id/")).emit(corpus(), doc(), StreamRDFLib.dataset(actual));
    // the source had two PDF spaces inside the first sentence (before 2.1): it ends two characters
    // later in the source than in the normalised text, and the second sentence starts two later
    List<String> sentences = Iter.toList(actual.find()).stream()
        .map(q -> q.getSubject().toString())
        .filter(s -> s.contains("/sentence/"))
        .distinct()
        .sorted()
        .toList();
    assertThat(sentences).containsExactly(
        "https://example.org/id/doc/t.txt/sentence/0-34", "https://example.org/id/doc/t.txt/sentence/34-47");
  }

  @Test
  void aComparedPeriodKeepsTheNameEachFigureGivesIt() {
    String text = "2024年1—5月，星河区出口增长12.5%，比去年同期提高3.1个百分点，比上年提高2个百分点。";
    Sentence sentence = new Sentence(0, new Span(0, text.length()), text, List.of());
    SourceDoc source = new SourceDoc("p.txt", Path.of("p.txt"), text, SHA);
    SegmentedDoc seg = new SegmentedDoc(new NormalisedDoc(source, text, OffsetMap.identity(text.length())),
        List.of(new Article(0, new Span(0, text.length()), null, null, List.of(sentence))));
    List<Observation> observations = List.of(
        new Observation("星河区", EntityType.ZONE, "出口增速比去年同期提高", new BigDecimal("3.1"), "个百分点", "2024年1—5月",
            StatKind.DIFFERENCE, null, "去年同期", new Span(text.indexOf("3.1"), text.indexOf("3.1") + 3), 0),
        new Observation("星河区", EntityType.ZONE, "出口增速比上年提高", new BigDecimal("2"), "个百分点", "2024年1—5月",
            StatKind.DIFFERENCE, null, "上年", new Span(text.indexOf("2个"), text.indexOf("2个") + 1), 0));
    MentionedDoc doc = new MentionedDoc(seg, List.of(Mention.of(EntityType.ZONE, "星河区", new Span(8, 11), 0)),
        observations);
    Entity zone = new Entity("zone/星河区", EntityType.ZONE, "星河区", List.of(), null, null,
        Map.of("p.txt", new Attestation("星河区", null, null, null)));
    ResolvedCorpus corpus = new ResolvedCorpus(List.of(doc), Map.of(zone.key(), zone),
        Map.of("p.txt", Map.of("星河区", zone.key())));
    DatasetGraph actual = DatasetGraphFactory.create();
    new GraphEmitter(new Iris("https://example.org/id/")).emit(corpus, doc, StreamRDFLib.dataset(actual));

    String query = """
        PREFIX zk: <https://w3id.org/zonekg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?value ?label ?begin ?end WHERE {
          ?s zk:value ?value ; zk:comparedTo ?c .
          ?c rdfs:label ?label ; time:intervalEquals ?i .
          ?i time:hasBeginning/time:inXSDDate ?begin ; time:hasEnd/time:inXSDDate ?end .
        } ORDER BY ?value""";
    List<String> rows = new ArrayList<>();
    try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(actual).getUnionModel())) {
      exec.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("value").getLexicalForm() + " "
          + r.getLiteral("label").getLexicalForm() + " " + r.getLiteral("begin").getLexicalForm() + ".."
          + r.getLiteral("end").getLexicalForm()));
    }
    // 去年同期 of a January-to-May figure is January to May of 2023; 上年 is all of 2023; each under its own name
    assertThat(rows).containsExactly("2 上年 2023-01-01..2023-12-31", "3.1 去年同期 2023-01-01..2023-05-31");
  }

  private static MentionedDoc doc() {
    int split = TEXT.indexOf('。') + 1;
    Sentence s0 = new Sentence(0, new Span(0, split), TEXT.substring(0, split), List.of());
    Sentence s1 = new Sentence(1, new Span(split, TEXT.length()), TEXT.substring(split), List.of());
    SourceDoc source = new SourceDoc("t.txt", Path.of("t.txt"), TEXT, SHA);
    NormalisedDoc norm = new NormalisedDoc(source, TEXT, twoSpacesBefore(TEXT.indexOf("2.1")));
    SegmentedDoc seg =
        new SegmentedDoc(norm, List.of(new Article(0, new Span(0, TEXT.length()), null, null, List.of(s0, s1))));
    List<Mention> mentions = List.of(
        Mention.of(EntityType.ZONE, "武汉东湖高新区", span("武汉东湖高新区"), 0),
        Mention.of(EntityType.REGION, "湖北省", span("湖北省"), 0),
        Mention.of(EntityType.ENTERPRISE, "星河科技有限公司", span("星河科技有限公司"), 1).withZone("武汉东湖高新区"));
    List<Observation> observations = List.of(
        new Observation("武汉东湖高新区", EntityType.ZONE, "营收增速", new BigDecimal("16.7"), "%", null,
            StatKind.GROWTH, null, null, span("16.7"), 0),
        new Observation("武汉东湖高新区", EntityType.ZONE, "营收增速高于湖北省", new BigDecimal("2.1"), "个百分点", null,
            StatKind.DIFFERENCE, null, "湖北省", span("2.1"), 0));
    return new MentionedDoc(seg, mentions, observations);
  }

  /** A map for a source that had two spaces just before normalised offset {@code at}. */
  private static OffsetMap twoSpacesBefore(int at) {
    int[] offsets = new int[TEXT.length() + 1];
    for (int i = 0; i <= TEXT.length(); i++) {
      offsets[i] = i < at ? i : i + 2;
    }
    return OffsetMap.of(offsets);
  }

  private static ResolvedCorpus corpus() {
    List<Entity> entities = List.of(
        new Entity("zone/武汉东湖高新区", EntityType.ZONE, "武汉东湖高新区", List.of("东湖国家高新技术产业开发区"),
            "region/420100", null, Map.of("t.txt", new Attestation("东湖国家高新技术产业开发区", null, null, null))),
        new Entity("enterprise/星河科技有限公司", EntityType.ENTERPRISE, "星河科技有限公司", List.of(), null, null,
            Map.of("t.txt", new Attestation("星河科技有限公司", "zone/武汉东湖高新区", null, null))),
        new Entity("region/420100", EntityType.REGION, "武汉市", List.of(), "region/420000", "420100", Map.of()),
        new Entity("region/420000", EntityType.REGION, "湖北省", List.of(), null, "420000",
            Map.of("t.txt", new Attestation("湖北省", null, null, null))));
    Map<String, Entity> byKey = new java.util.TreeMap<>();
    entities.forEach(e -> byKey.put(e.key(), e));
    Map<String, String> keys = Map.of("武汉东湖高新区", "zone/武汉东湖高新区", "星河科技有限公司", "enterprise/星河科技有限公司",
        "湖北省", "region/420000");
    return new ResolvedCorpus(List.of(doc()), byKey, Map.of("t.txt", keys));
  }

  private static Span span(String s) {
    int at = TEXT.indexOf(s);
    return new Span(at, at + s.length());
  }
}
