package zonekg.graph;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import zonekg.doc.Checks;
import zonekg.doc.Span;

/**
 * The one minter of zonekg's data IRIs: each from its type and canonical key, never from counters
 * or processing order, so the same corpus gives the same IRIs on any machine and in any order.
 * Chinese names stay readable (IRIs allow them); only ASCII characters an IRI forbids are escaped.
 * <pre>
 *   Iris iris = new Iris("https://w3id.org/zonekg/id/");
 *   iris.entity("zone/武汉东湖高新区")   // https://w3id.org/zonekg/id/zone/武汉东湖高新区
 * </pre>
 */
public final class Iris {
  private static final String ASCII_KEPT = "-._~!$&'()*+,;=:@";

  private final String base;

  public Iris(String base) {
    Checks.argument(base.endsWith("/") || base.endsWith("#"), "IRI base must end in / or #: %s", base);
    this.base = base;
  }

  public String base() {
    return base;
  }

  /** An entity from its key, {@code type/name} or {@code region/code}. */
  public Node entity(String key) {
    int slash = key.indexOf('/');
    Checks.argument(slash > 0, "entity key without type: %s", key);
    return uri(key.substring(0, slash) + "/" + escape(key.substring(slash + 1)));
  }

  /** A source document, which is also the name of its graph. */
  public Node document(String fileName) {
    return uri("doc/" + escape(fileName));
  }

  /** A sentence of a document by its source offsets. */
  public Node sentence(String fileName, Span source) {
    return uri("doc/" + escape(fileName) + "/sentence/" + source.begin() + "-" + source.end());
  }

  /** What one document says of an entity, by the document and the entity's key. */
  public Node attestation(String fileName, String entityKey) {
    int slash = entityKey.indexOf('/');
    Checks.argument(slash > 0, "entity key without type: %s", entityKey);
    return uri("doc/" + escape(fileName) + "/about/" + entityKey.substring(0, slash) + "/"
        + escape(entityKey.substring(slash + 1)));
  }

  /** A statistic by its document, the number's source offsets and its rank among statistics read from that number. */
  public Node observation(String fileName, Span number, int ordinal) {
    return uri("doc/" + escape(fileName) + "/stat/" + number.begin() + "-" + number.end() + "-" + ordinal);
  }

  /** An indicator by its label, shared across zones and years. */
  public Node indicator(String label) {
    return uri("indicator/" + escape(label));
  }

  /** A calendar interval from its first (null when open) to its last day. */
  public Node interval(LocalDate first, LocalDate last) {
    return uri("period/" + (first == null ? "" : first) + "--" + last);
  }

  /**
   * A calendar interval under the name a difference gives it (上年, 去年同期): one node per name, so that each
   * comparison reads back the words it was said in, while the interval itself is shared.
   */
  public Node namedInterval(LocalDate first, LocalDate last, String name) {
    return uri("period/" + (first == null ? "" : first) + "--" + last + "/" + escape(name));
  }

  /** Something a figure is compared with that is neither a known entity nor a period, by its printed name. */
  public Node comparand(String name) {
    return uri("comparand/" + escape(name));
  }

  /** One calendar day. */
  public Node day(LocalDate date) {
    return uri("date/" + date);
  }

  /** The concept scheme of every indicator. */
  public Node indicators() {
    return uri("indicator");
  }

  /** The Data Cube data set holding every statistic. */
  public Node statistics() {
    return uri("dataset/statistics");
  }

  /** The build activity that produced the graph. */
  public Node build() {
    return uri("build");
  }

  /** Whether a subject belongs to one document alone (the document, its sentences, its statistics). */
  public boolean describesOneDocument(Node subject) {
    return subject.isURI() && subject.getURI().startsWith(base + "doc/");
  }

  private Node uri(String path) {
    return NodeFactory.createURI(base + path);
  }

  static String escape(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    segment.codePoints().forEach(cp -> {
      if (cp > 0x7f && !Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
        out.appendCodePoint(cp);
      } else if (cp < 0x80 && (Character.isLetterOrDigit(cp) || ASCII_KEPT.indexOf(cp) >= 0)) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    });
    return out.toString();
  }
}
