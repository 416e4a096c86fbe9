package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class TurtleBlockWriterTest {
  private static final String NS = "https://example.org/ns#";
  private static final String DATA = "https://example.org/id/";
  private static final Node DOC = NodeFactory.createURI(DATA + "doc/a.txt");
  private static final Node ZONE = NodeFactory.createURI(DATA + "高新区");
  private static final Node ZONE_CLASS = NodeFactory.createURI(NS + "Zone");
  private static final Node VALUE = NodeFactory.createURI(NS + "value");

  @Test
  void writesBlocksOfOneSubjectWithListsOfOnePredicatesObjects() {
    List<Quad> quads = List.of(
        Quad.create(DOC, ZONE, RDF.type.asNode(), ZONE_CLASS),
        Quad.create(DOC, ZONE, RDF.type.asNode(), NodeFactory.createURI(NS + "Place")),
        Quad.create(DOC, ZONE, RDFS.label.asNode(), NodeFactory.createLiteralLang("高新区", "zh")),
        Quad.create(DOC, ZONE, VALUE, NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger)),
        Quad.create(DOC, DOC, VALUE, NodeFactory.createLiteralDT("-0.5", XSDDatatype.XSDdecimal)));

    assertThat(write(TurtleBlockWriter::trig, quads)).isEqualTo("""
        PREFIX ex: <https://example.org/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX zkd: <https://example.org/id/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

        <https://example.org/id/doc/a.txt> {
            zkd:高新区
                a ex:Zone, ex:Place ;
                rdfs:label "高新区"@zh ;
                ex:value 12 .

            <https://example.org/id/doc/a.txt>
                ex:value -0.5 .
        }
        """);
  }

  @Test
  void turtleWritesTheTriplesOfEveryGraph() {
    Node other = NodeFactory.createURI(DATA + "doc/b.txt");
    List<Quad> quads = List.of(Quad.create(DOC, ZONE, VALUE, DOC), Quad.create(other, ZONE, VALUE, other));

    assertThat(write(TurtleBlockWriter::turtle, quads)).endsWith("""

        zkd:高新区
            ex:value <https://example.org/id/doc/a.txt>, <https://example.org/id/doc/b.txt> .
        """);
  }

  @Test
  void everyKindOfTermReadsBackAsItWasWritten() {
    Node blank = NodeFactory.createBlankNode();
    List<Node> objects = List.of(
        NodeFactory.createLiteralString("引号\"反斜杠\\换行\n回车\r制表\t响铃\u0007 𠮷"),
        NodeFactory.createLiteralDT("1e3", XSDDatatype.XSDdouble),
        NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("2023", XSDDatatype.XSDgYear),
        NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
        NodeFactory.createLiteralDT("1.", XSDDatatype.XSDdecimal),
        NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
        NodeFactory.createURI(NS + "a.b"),
        NodeFactory.createURI(NS + "trailing-"),
        NodeFactory.createURI(NS + "-leading"),
        NodeFactory.createURI(NS),
        NodeFactory.createURI("urn:x:with space<and>{braces}|^`\\"),
        blank,
        NodeFactory.createTripleTerm(ZONE, VALUE, DOC));
    List<Quad> quads = objects.stream().map(o -> Quad.create(DOC, ZONE, VALUE, o)).toList();
    Quad defaultGraph = Quad.create(Quad.defaultGraphIRI, blank, VALUE, ZONE);

    String trig = write(TurtleBlockWriter::trig, concat(quads, defaultGraph));

    DatasetGraph read = RDFParser.fromString(trig, Lang.TRIG).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).toDatasetGraph();
    assertThat(read.getGraph(DOC).isIsomorphicWith(graphOf(quads))).as(trig).isTrue();
    assertThat(read.getDefaultGraph().size()).isEqualTo(1);
    assertThat(trig).contains("ex:value ", "<https://example.org/ns#a.b>", "<https://example.org/ns#trailing->",
        "\"1e3\"^^xsd:double", "\"not a number\"^^xsd:integer", " true", "\"1.\"^^xsd:decimal",
        "<urn:x:with\\u0020space\\u003Cand\\u003E", "\\u0007", "@ar--rtl");
  }

  @Test
  void aPrefixDeclaredAgainNamesOnlyItsNewNamespace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StreamRDF out = TurtleBlockWriter.turtle(bytes);
    out.prefix("ex", NS);
    out.triple(Triple.create(ZONE, VALUE, ZONE_CLASS));
    out.prefix("ex", DATA);
    out.triple(Triple.create(ZONE, VALUE, ZONE_CLASS));
    out.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("""
        PREFIX ex: <https://example.org/id/>

        ex:高新区
            <https://example.org/ns#value> <https://example.org/ns#Zone> .
        """);
  }

  private static List<Quad> concat(List<Quad> quads, Quad last) {
    return Stream.concat(quads.stream(), Stream.of(last)).toList();
  }

  private static Graph graphOf(List<Quad> quads) {
    Graph g = GraphFactory.createDefaultGraph();
    quads.forEach(q -> g.add(q.asTriple()));
    return g;
  }

  private static String write(Function<ByteArrayOutputStream, TurtleBlockWriter> writer, List<Quad> quads) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StreamRDF out = writer.apply(bytes);
    out.start();
    out.prefix("ex", NS);
    out.prefix("rdfs", RDFS.getURI());
    out.prefix("zkd", DATA);
    out.prefix("xsd", XSDDatatype.XSD + "#");
    quads.forEach(out::quad);
    out.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
