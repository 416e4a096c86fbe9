package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;

class PatternSolverTest {
  private static final Node ZONE_A = uri("zone/a");
  private static final Node ZONE_B = uri("zone/b");
  private static final Node CITY = uri("city/1");
  private static final Node IN_CITY = uri("city");
  private static final Node LABEL = uri("label");
  private static final Node SAME_AS = uri("sameAs");
  private static final Var ZONE = Var.alloc("zone");
  private static final Var PLACE = Var.alloc("place");
  private static final Var NAME = Var.alloc("name");

  private static Graph graph() {
    Graph g = new GraphMem2Fast();
    g.add(Triple.create(ZONE_A, IN_CITY, CITY));
    g.add(Triple.create(ZONE_B, IN_CITY, CITY));
    g.add(Triple.create(ZONE_A, LABEL, NodeFactory.createLiteralString("甲高新区")));
    g.add(Triple.create(CITY, LABEL, NodeFactory.createLiteralString("某市")));
    g.add(Triple.create(ZONE_A, SAME_AS, ZONE_A));
    g.add(Triple.create(ZONE_B, SAME_AS, ZONE_A));
    return g;
  }

  @Test
  void joinsPatternsThroughSharedVariables() {
    List<Binding> found = solve(BindingFactory.empty(),
        Triple.create(ZONE, IN_CITY, PLACE), Triple.create(PLACE, LABEL, NAME));

    assertThat(found).extracting(b -> b.get(ZONE)).containsExactlyInAnyOrder(ZONE_A, ZONE_B);
    assertThat(found).extracting(b -> b.get(NAME).getLiteralLexicalForm()).containsOnly("某市");
  }

  @Test
  void extendsTheBindingItStartsFrom() {
    List<Binding> found = solve(BindingFactory.binding(ZONE, ZONE_B), Triple.create(ZONE, IN_CITY, PLACE));

    assertThat(found).singleElement().satisfies(b -> {
      assertThat(b.get(ZONE)).isEqualTo(ZONE_B);
      assertThat(b.get(PLACE)).isEqualTo(CITY);
    });
  }

  @Test
  void aVariableTwiceInOneTripleMatchesTheSameTermOnly() {
    assertThat(solve(BindingFactory.empty(), Triple.create(ZONE, SAME_AS, ZONE)))
        .extracting(b -> b.get(ZONE)).containsExactly(ZONE_A);
  }

  @Test
  void aPatternWithoutMatchesEndsEverySolution() {
    assertThat(solve(BindingFactory.empty(), Triple.create(ZONE, IN_CITY, PLACE), Triple.create(PLACE, SAME_AS, NAME)))
        .isEmpty();
  }

  @Test
  void noPatternsLeaveTheStartAsTheOneSolution() {
    Binding start = BindingFactory.binding(ZONE, ZONE_A);

    assertThat(solve(start)).containsExactly(start);
  }

  @Test
  void aCancelledQueryStopsWhileSearching() {
    Graph endless = new GraphBase() {
      @Override
      protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return WrappedIterator.create(Stream.generate(() -> Triple.create(ZONE_A, SAME_AS, CITY)).iterator());
      }
    };
    AtomicBoolean cancel = new AtomicBoolean(true);
    // each triple found disagrees with the repeated variable: the search goes on without end or solution
    Triple[] patterns = {Triple.create(ZONE, SAME_AS, ZONE)};
    PatternSolver solver = new PatternSolver(endless, patterns, BindingFactory.empty(), cancel);

    assertThatThrownBy(solver::hasNext).isInstanceOf(QueryCancelledException.class);
  }

  private static List<Binding> solve(Binding start, Triple... patterns) {
    List<Binding> found = new ArrayList<>();
    new PatternSolver(graph(), patterns, start, null).forEachRemaining(found::add);
    return found;
  }

  private static Node uri(String local) {
    return NodeFactory.createURI("http://example.org/" + local);
  }
}
