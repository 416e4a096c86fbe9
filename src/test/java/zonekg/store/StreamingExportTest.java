package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingExportTest {
  private static final String BASE = "https://example.org/";
  private static final Node DOC_A = NodeFactory.createURI(BASE + "doc/a");
  private static final Node DOC_B = NodeFactory.createURI(BASE + "doc/b");
  private static final Node ZONE = NodeFactory.createURI(BASE + "zone/1");
  private static final Node SENTENCE = NodeFactory.createURI(BASE + "doc/a#s1");

  @TempDir
  Path temp;

  private static final List<Quad> QUADS = List.of(
      Quad.create(DOC_A, ZONE, RDFS.label.asNode(), NodeFactory.createLiteralLang("合肥高新区", "zh")),
      Quad.create(DOC_A, SENTENCE, RDFS.comment.asNode(), NodeFactory.createLiteralString("营收增长𠮷 12.5%，\"同比\"\n")),
      Quad.create(DOC_B, ZONE, RDFS.label.asNode(), NodeFactory.createLiteralLang("合肥高新区", "zh")),
      Quad.create(DOC_B, ZONE, RDFS.seeAlso.asNode(), NodeFactory.createURI("urn:x-弱:字符")));

  @Test
  void trigHoldsEachDocumentsGraph() throws IOException {
    StreamingExport.write(temp, SENTENCE::equals, sink -> send(sink));

    DatasetGraph read = RDFParser.source(temp.resolve(StreamingExport.TRIG_FILE)).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
        .toDatasetGraph();
    assertThat(Iter.toList(read.find())).containsExactlyInAnyOrderElementsOf(QUADS);
  }

  @Test
  void turtleHoldsTheUnionWithEachSharedTripleOnce() throws IOException {
    StreamingExport.write(temp, SENTENCE::equals, sink -> send(sink));

    assertThat(Files.readString(temp.resolve(StreamingExport.TURTLE_FILE))).isEqualTo("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

        <https://example.org/zone/1>
            rdfs:label "合肥高新区"@zh .

        <https://example.org/doc/a#s1>
            rdfs:comment "营收增长𠮷 12.5%，\\"同比\\"\\n" .

        <https://example.org/zone/1>
            rdfs:seeAlso <urn:x-弱:字符> .
        """);
  }

  private static Void send(StreamRDF sink) {
    sink.start();
    sink.prefix("rdfs", RDFS.getURI());
    QUADS.forEach(sink::quad);
    sink.finish();
    return null;
  }
}
