package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.shared.AddDeniedException;
import org.junit.jupiter.api.Test;

class ReadGraphTest {
  private static final Node ZONE = uri("zone/wide");
  private static final Node NARROW = uri("zone/narrow");
  private static final Node LABEL = uri("label");
  private static final Node MENTIONED_IN = uri("mentionedIn");
  private static final Node CITY = uri("city");

  /** One subject with more triples than {@link ReadGraph#WIDE_SUBJECT}, one with a few. */
  private static Graph source() {
    Graph g = new GraphMem2Fast();
    g.add(Triple.create(ZONE, LABEL, NodeFactory.createLiteralString("某某高新区")));
    g.add(Triple.create(ZONE, LABEL, NodeFactory.createLiteralLang("Mou High-tech Zone", "en")));
    g.add(Triple.create(ZONE, CITY, uri("city/1")));
    for (int i = 0; i <= ReadGraph.WIDE_SUBJECT; i++) {
      g.add(Triple.create(ZONE, MENTIONED_IN, uri("doc/" + i)));
    }
    g.add(Triple.create(NARROW, LABEL, NodeFactory.createLiteralString("另一高新区")));
    g.add(Triple.create(NARROW, MENTIONED_IN, uri("doc/1")));
    return g;
  }

  @Test
  void everyPatternFindsWhatTheSourceFinds() {
    Graph source = source();
    Graph copy = ReadGraph.copyOf(source);
    List<Triple> patterns = List.of(
        Triple.createMatch(ZONE, LABEL, null),
        Triple.createMatch(ZONE, MENTIONED_IN, uri("doc/3")),
        Triple.createMatch(ZONE, MENTIONED_IN, uri("doc/none")),
        Triple.createMatch(ZONE, uri("absent"), null),
        Triple.createMatch(ZONE, null, null),
        Triple.createMatch(null, MENTIONED_IN, uri("doc/1")),
        Triple.createMatch(NARROW, LABEL, null),
        Triple.createMatch(null, null, null));
    for (Triple pattern : patterns) {
      assertThat(found(copy, pattern)).as(pattern.toString()).isEqualTo(found(source, pattern));
    }
    assertThat(found(copy, Triple.createMatch(ZONE, LABEL, null))).hasSize(2);
    // a query's predicate is a node of its own, not the one stored
    Node sameLabel = NodeFactory.createURI(new String(LABEL.getURI()));
    assertThat(found(copy, Triple.createMatch(NARROW, sameLabel, null))).hasSize(1);
    assertThat(found(copy, Triple.createMatch(ZONE, sameLabel, null))).hasSize(2);
    // so is a query's subject
    Node sameNarrow = NodeFactory.createURI(new String(NARROW.getURI()));
    assertThat(found(copy, Triple.createMatch(sameNarrow, null, null))).hasSize(2);
    assertThat(copy.size()).isEqualTo(source.size());
  }

  @Test
  void equalTermsAreHeldAsOneNode() {
    Graph source = new GraphMem2Fast();
    source.add(Triple.create(ZONE, MENTIONED_IN, uri("doc/1")));
    source.add(Triple.create(NARROW, MENTIONED_IN, uri("doc/1")));
    source.add(Triple.create(uri("doc/1"), LABEL, NodeFactory.createLiteralString("一号文件")));
    Graph copy = ReadGraph.copyOf(source);
    Node fromZone = copy.find(ZONE, MENTIONED_IN, Node.ANY).next().getObject();
    Node fromNarrow = copy.find(NARROW, MENTIONED_IN, Node.ANY).next().getObject();
    Node asSubject = copy.find(Node.ANY, LABEL, Node.ANY).next().getSubject();
    assertThat(fromZone).isSameAs(fromNarrow).isSameAs(asSubject);
    assertThat(copy.find(fromZone, LABEL, Node.ANY).toList()).hasSize(1);
  }

  @Test
  void theCopyIsReadOnlyAndDoesNotFollowItsSource() {
    Graph source = source();
    Graph copy = ReadGraph.copyOf(source);

    source.add(Triple.create(ZONE, CITY, uri("city/2")));

    assertThat(found(copy, Triple.createMatch(ZONE, CITY, null))).hasSize(1);
    assertThatThrownBy(() -> copy.add(Triple.create(ZONE, CITY, uri("city/3"))))
        .isInstanceOf(AddDeniedException.class);
  }

  private static Set<Triple> found(Graph g, Triple pattern) {
    return g.find(pattern).toList().stream().collect(Collectors.toSet());
  }

  private static Node uri(String local) {
    return NodeFactory.createURI("http://example.org/" + local);
  }
}
