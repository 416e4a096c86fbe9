package zonekg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import zonekg.doc.MentionedDoc;
import zonekg.doc.ResolvedCorpus;
import zonekg.graph.Iris;
import zonekg.vocab.PROV;
import zonekg.vocab.QB;
import zonekg.vocab.ZK;

/**
 * The build as a prov:Activity in a graph of its own: the zonekg version and the documents it used,
 * the Data Cube data set that holds every statistic, and the concept scheme of their indicators.
 */
final class BuildRecord {
  private BuildRecord() {}

  static long emit(Iris iris, ResolvedCorpus corpus, StreamRDF out) {
    Node build = iris.build();
    long n = 0;
    n += quad(out, build, build, RDF.Nodes.type, ZK.Nodes.Build);
    n += quad(out, build, build, RDF.Nodes.type, PROV.Nodes.Activity);
    n += quad(out, build, build, RDFS.Nodes.label, NodeFactory.createLiteralString("zonekg build"));
    n += quad(out, build, build, ZK.Nodes.softwareVersion, NodeFactory.createLiteralString(version()));
    Node statistics = iris.statistics();
    n += quad(out, build, statistics, RDF.Nodes.type, QB.Nodes.DataSet);
    n += quad(out, build, statistics, QB.Nodes.structure, ZK.Nodes.StatisticsStructure);
    n += quad(out, build, statistics, RDFS.Nodes.label, NodeFactory.createLiteralLang("开发区统计数据", "zh"));
    Node indicators = iris.indicators();
    n += quad(out, build, indicators, RDF.Nodes.type, SKOS.ConceptScheme.asNode());
    n += quad(out, build, indicators, RDFS.Nodes.label, NodeFactory.createLiteralLang("指标", "zh"));
    n += quad(out, build, indicators, RDFS.Nodes.label, NodeFactory.createLiteralLang("Indicators", "en"));
    for (MentionedDoc doc : corpus.docs()) {
      n += quad(out, build, build, PROV.Nodes.used, iris.document(doc.name()));
    }
    return n;
  }

  private static long quad(StreamRDF out, Node graph, Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
    return 1;
  }

  /** The version in the jar's manifest, or "dev" when run from classes. */
  static String version() {
    String v = BuildRecord.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
