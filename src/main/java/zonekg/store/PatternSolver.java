package zonekg.store;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.iterator.IteratorSlotted;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.main.solver.SolverLib;

/**
 * The solutions of a basic graph pattern that extend one binding, found depth first and handed out one at a time.
 * <p>It is the nested-loop join ARQ's generic solver makes, with the same matching ({@code Graph.find} on the
 * pattern with the bound variables put in, a variable repeated in one triple matched by {@code sameTerm}), but
 * with one array of graph iterators in place of a chain of query iterators per pattern and per binding: ARQ
 * spent most of a large query's time building and checking those.
 * <p>Patterns are solved in the order given; the order changes only the speed, never the solutions.
 */
final class PatternSolver extends IteratorSlotted<Binding> {
  /** Triples matched between two looks at the cancel signal: a timeout stops a long search within milliseconds. */
  private static final int CANCEL_CHECK_STEPS = 4096;

  private final Graph graph;
  private final Triple[] patterns;
  private final AtomicBoolean cancelSignal;
  /** {@code bindings[i]} is the binding pattern {@code i} is matched under; {@code bindings[patterns.length]}, a solution. */
  private final Binding[] bindings;
  /** {@code matches[i]}: the triples still to try for pattern {@code i}; null when not yet asked. */
  private final Iterator<Triple>[] matches;
  private int depth;
  private int steps;

  /**
   * @param patterns triple patterns without triple terms
   * @param cancelSignal the query's cancel signal, or null
   */
  @SuppressWarnings("unchecked") // an array of a generic type
  PatternSolver(Graph graph, Triple[] patterns, Binding start, AtomicBoolean cancelSignal) {
    this.graph = graph;
    this.patterns = patterns;
    this.cancelSignal = cancelSignal;
    this.bindings = new Binding[patterns.length + 1];
    this.matches = new Iterator[patterns.length];
    bindings[0] = start;
  }

  @Override
  protected boolean hasMore() {
    return true;
  }

  /** The next solution; null when there are no more. */
  @Override
  protected Binding moveToNext() {
    while (depth >= 0) {
      if (depth == patterns.length) {
        depth--;
        return bindings[patterns.length];
      }
      if (matches[depth] == null) {
        matches[depth] = find(patterns[depth], bindings[depth]);
      }
      if (!matches[depth].hasNext()) {
        matches[depth] = null;
        depth--;
        continue;
      }
      checkCancel();
      Binding extended = extend(patterns[depth], matches[depth].next(), bindings[depth]);
      if (extended != null) {
        bindings[++depth] = extended;
      }
    }
    return null;
  }

  private Iterator<Triple> find(Triple pattern, Binding binding) {
    return graph.find(ground(pattern.getSubject(), binding), ground(pattern.getPredicate(), binding),
        ground(pattern.getObject(), binding));
  }

  private static Node ground(Node node, Binding binding) {
    if (!node.isVariable()) {
      return node;
    }
    Node value = binding.get(Var.alloc(node));
    return value == null ? Node.ANY : value;
  }

  /** {@code binding} with the pattern's unbound variables bound to {@code triple}'s terms; null if they disagree. */
  private static Binding extend(Triple pattern, Triple triple, Binding binding) {
    BindingBuilder builder = null;
    Node[] terms = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
    Node[] values = {triple.getSubject(), triple.getPredicate(), triple.getObject()};
    for (int i = 0; i < 3; i++) {
      if (!terms[i].isVariable()) {
        continue;
      }
      Var var = Var.alloc(terms[i]);
      if (binding.contains(var)) {
        continue;
      }
      if (builder == null) {
        builder = Binding.builder(binding);
      }
      Node earlier = builder.get(var);
      if (earlier == null) {
        builder.add(var, values[i]);
      } else if (!SolverLib.sameTermAs(values[i], earlier)) {
        return null;
      }
    }
    return builder == null ? binding : builder.build();
  }

  private void checkCancel() {
    if (++steps % CANCEL_CHECK_STEPS == 0 && cancelSignal != null && cancelSignal.get()) {
      throw new QueryCancelledException();
    }
  }
}
