package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
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
  void trigIsWhatJenasStreamingWriterWrites() throws IOException {
    StreamingExport.write(temp, SENTENCE::equals, sink -> send(sink));

    ByteArrayOutputStream jena = new ByteArrayOutputStream();
    send(StreamRDFWriter.getWriterStream(jena, RDFFormat.TRIG_BLOCKS));
    assertThat(Files.readAllBytes(temp.resolve(StreamingExport.TRIG_FILE))).isEqualTo(jena.toByteArray());
  }

  @Test
  void turtleHoldsTheUnionWithEachSharedTripleOnce() throws IOException {
    StreamingExport.write(temp, SENTENCE::equals, sink -> send(sink));

    ByteArrayOutputStream jena = new ByteArrayOutputStream();
    StreamRDF expected = StreamRDFWriter.getWriterStream(jena, RDFFormat.TURTLE_BLOCKS);
    expected.start();
    expected.prefix("rdfs", RDFS.getURI());
    QUADS.stream().filter(q -> !q.getGraph().equals(DOC_B) || !q.getPredicate().equals(RDFS.label.asNode()))
        .forEach(q -> expected.triple(q.asTriple()));
    expected.finish();
    assertThat(Files.readAllBytes(temp.resolve(StreamingExport.TURTLE_FILE))).isEqualTo(jena.toByteArray());
  }

  private static Void send(StreamRDF sink) {
    sink.start();
    sink.prefix("rdfs", RDFS.getURI());
    QUADS.forEach(sink::quad);
    sink.finish();
    return null;
  }
}
