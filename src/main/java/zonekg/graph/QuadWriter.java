package zonekg.graph;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes statements into one named graph of a stream, skipping absent objects. */
final class QuadWriter {
  private final StreamRDF out;
  private final Node graph;
  private long count;

  QuadWriter(StreamRDF out, Node graph) {
    this.out = out;
    this.graph = graph;
  }

  void add(Node s, Node p, Node o) {
    if (o != null) {
      out.quad(Quad.create(graph, s, p, o));
      count++;
    }
  }

  long count() {
    return count;
  }

  static Node zh(String text) {
    return text == null ? null : NodeFactory.createLiteralLang(text, "zh");
  }

  static Node string(String text) {
    return text == null ? null : NodeFactory.createLiteralString(text);
  }

  static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  static Node year(int year) {
    return NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear);
  }

  static Node date(java.time.LocalDate day) {
    return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
  }

  static Node decimal(BigDecimal n) {
    return n == null ? null : NodeFactory.createLiteralDT(n.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
  }
}
