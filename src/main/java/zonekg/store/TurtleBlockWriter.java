package zonekg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle or TriG written as the quads stream in: each run of one subject's triples is a block, a run of
 * one predicate's objects a list, {@code a} stands for rdf:type, IRIs in a declared namespace are prefixed
 * when their local part is plainly a name, and integers, decimals and booleans are written bare.
 * <pre>
 *   &lt;https://w3id.org/zonekg/id/doc/a.txt/sentence/0-12&gt;
 *       a zk:Sentence, nif:Sentence ;
 *       nif:beginIndex 0 .
 * </pre>
 * Jena's streaming block writer took three times as long for the same work: it measured each block's
 * predicates to align them and tried every prefix on every IRI. Blank nodes are labelled in the order
 * they appear, so equal streams give equal bytes. For one thread; {@link #finish()} flushes but does
 * not close the stream.
 */
final class TurtleBlockWriter implements StreamRDF {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.[0-9]+");
  private static final String INDENT = "    ";
  /** The ASCII characters an IRIREF may not hold, by code. */
  private static final boolean[] NOT_IN_IRI = new boolean['}' + 1];

  static {
    for (char c = 0; c <= ' '; c++) {
      NOT_IN_IRI[c] = true;
    }
    for (char c : "<>\"{}|^`\\".toCharArray()) {
      NOT_IN_IRI[c] = true;
    }
  }

  private final Writer out;
  private final boolean trig;
  /** Looked through in order rather than hashed: hashing the namespace of every IRI cost more than a few compares. */
  private final Map<String, String> prefixOfNamespace = new HashMap<>();
  private final Map<Node, String> blankLabels = new HashMap<>();
  /** The graph, subject and predicate of the block being written; null when none is open. */
  private Node graph;
  private Node subject;
  private Node predicate;
  /** Whether a block or a directive ended last, so that a blank line sets the next block apart. */
  private boolean afterBlock;

  private TurtleBlockWriter(OutputStream out, boolean trig) {
    this.out = new CharBlockWriter(out);
    this.trig = trig;
  }

  /** Turtle: the triples of every quad, whatever its graph. */
  static TurtleBlockWriter turtle(OutputStream out) {
    return new TurtleBlockWriter(out, false);
  }

  /** TriG: each quad in its graph, triples in the default graph. */
  static TurtleBlockWriter trig(OutputStream out) {
    return new TurtleBlockWriter(out, true);
  }

  @Override
  public void start() {}

  @Override
  public void triple(Triple t) {
    write(trig ? Quad.defaultGraphIRI : null, t.getSubject(), t.getPredicate(), t.getObject());
  }

  @Override
  public void quad(Quad q) {
    write(trig ? graphOf(q) : null, q.getSubject(), q.getPredicate(), q.getObject());
  }

  /** Ends the open block; a directive may not stand inside a graph. */
  @Override
  public void prefix(String prefix, String iri) {
    endGraph();
    text("PREFIX ").text(prefix).text(": ");
    iriRef(iri);
    text("\n");
    // a prefix declared again names its new namespace from here on
    prefixOfNamespace.values().remove(prefix);
    prefixOfNamespace.put(iri, prefix);
    afterBlock = true;
  }

  /** Every IRI is written whole, so a base changes nothing. */
  @Override
  public void base(String base) {}

  @Override
  public void finish() {
    endGraph();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node graphOf(Quad q) {
    return q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
  }

  private void write(Node g, Node s, Node p, Node o) {
    if (trig && !g.equals(graph)) {
      endGraph();
      openGraph(g);
    }
    if (!s.equals(subject)) {
      endSubject();
      openSubject(s);
    }
    if (p.equals(predicate)) {
      text(", ");
    } else {
      if (predicate != null) {
        text(" ;");
      }
      text("\n").text(indent()).text(INDENT);
      if (p.equals(RDF.Nodes.type)) {
        text("a");
      } else {
        term(p);
      }
      text(" ");
      predicate = p;
    }
    term(o);
  }

  private void openGraph(Node g) {
    separate();
    if (!g.equals(Quad.defaultGraphIRI)) {
      term(g);
      text(" ");
    }
    text("{\n");
    graph = g;
  }

  private void openSubject(Node s) {
    separate();
    text(indent());
    term(s);
    subject = s;
  }

  private void separate() {
    if (afterBlock) {
      text("\n");
      afterBlock = false;
    }
  }

  private void endSubject() {
    if (subject != null) {
      text(" .\n");
      subject = null;
      predicate = null;
      afterBlock = true;
    }
  }

  private void endGraph() {
    endSubject();
    if (graph != null) {
      text("}\n");
      graph = null;
      afterBlock = true;
    }
  }

  private String indent() {
    return graph == null ? "" : INDENT;
  }

  private void term(Node n) {
    if (n.isURI()) {
      iri(n.getURI());
    } else if (n.isBlank()) {
      text(blankLabels.computeIfAbsent(n, b -> "_:b" + blankLabels.size()));
    } else if (n.isLiteral()) {
      literal(n);
    } else if (n.isTripleTerm()) {
      Triple t = n.getTriple();
      text("<<( ");
      term(t.getSubject());
      text(" ");
      term(t.getPredicate());
      text(" ");
      term(t.getObject());
      text(" )>>");
    } else {
      throw new IllegalArgumentException("not an RDF term: " + n);
    }
  }

  private void iri(String iri) {
    int split = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
    String prefix = isLocalName(iri, split) ? prefixOf(iri, split) : null;
    if (prefix != null) {
      text(prefix).text(":").text(iri, split);
    } else {
      iriRef(iri);
    }
  }

  /** The prefix declared for the first {@code length} characters of {@code iri}, or null. */
  private String prefixOf(String iri, int length) {
    return prefixOfNamespace.get(iri.substring(0, length));
  }

  /**
   * Whether the part of {@code iri} from {@code from} can follow a prefix as it is: letters, digits, '_' and
   * Chinese, with '-' inside (no '.', no escapes).
   */
  private static boolean isLocalName(String iri, int from) {
    for (int i = from; i < iri.length(); i++) {
      char c = iri.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
          || c >= '\u3001' && c <= '\ud7ff' || c == '-' && i > from && i < iri.length() - 1;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Characters an IRIREF may not hold are written as \\u escapes. */
  private void iriRef(String iri) {
    text("<");
    int run = 0;
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c < NOT_IN_IRI.length && NOT_IN_IRI[c]) {
        text(iri.substring(run, i)).unicodeEscape(c);
        run = i + 1;
      }
    }
    text(iri, run).text(">");
  }

  private void literal(Node n) {
    String lexical = n.getLiteralLexicalForm();
    String datatype = n.getLiteralDatatypeURI();
    if (XSDDatatype.XSDinteger.getURI().equals(datatype) && INTEGER.matcher(lexical).matches()
        || XSDDatatype.XSDdecimal.getURI().equals(datatype) && DECIMAL.matcher(lexical).matches()
        || XSDDatatype.XSDboolean.getURI().equals(datatype) && (lexical.equals("true") || lexical.equals("false"))) {
      text(lexical);
      return;
    }
    quoted(lexical);
    if (!n.getLiteralLanguage().isEmpty()) {
      text("@").text(n.getLiteralLanguage());
      TextDirection direction = n.getLiteralBaseDirection();
      if (direction != null) {
        text("--").text(direction.direction());
      }
    } else if (!XSDDatatype.XSDstring.getURI().equals(datatype)) {
      text("^^");
      iri(datatype);
    }
  }

  private void quoted(String lexical) {
    text("\"");
    int run = 0;
    for (int i = 0; i < lexical.length(); i++) {
      char c = lexical.charAt(i);
      if (c < ' ' || c == '"' || c == '\\' || c == 0x7F) {
        text(lexical.substring(run, i));
        switch (c) {
          case '"' -> text("\\\"");
          case '\\' -> text("\\\\");
          case '\n' -> text("\\n");
          case '\r' -> text("\\r");
          case '\t' -> text("\\t");
          default -> unicodeEscape(c);
        }
        run = i + 1;
      }
    }
    text(lexical, run).text("\"");
  }

  private TurtleBlockWriter unicodeEscape(char c) {
    return text(String.format("\\u%04X", (int) c));
  }

  /** {@code s} from {@code from} to its end. */
  private TurtleBlockWriter text(String s, int from) {
    try {
      out.write(s, from, s.length() - from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private TurtleBlockWriter text(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
