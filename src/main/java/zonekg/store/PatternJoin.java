package zonekg.store;

import java.util.Collections;
import java.util.Iterator;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/**
 * Each binding of the input joined with the solutions of a basic graph pattern in the active graph, a
 * {@link ReadGraph}, found by a {@link PatternSolver}; for an OPTIONAL, a binding without any solution passes
 * through as it is.
 * <p>The patterns are put in order once, from the first input binding, with ARQ's fixed reordering, as ARQ's
 * generic solver orders them (ARQ's OPTIONAL reordered the pattern again for every binding), and their predicates
 * are swapped for the graph's own nodes.
 */
final class PatternJoin extends QueryIter1 {
  private static final ReorderTransformation REORDER = ReorderLib.fixed();

  private final ReadGraph graph;
  private final BasicPattern pattern;
  private final boolean optional;
  private Triple[] ordered;
  private Iterator<Binding> current = Collections.emptyIterator();

  private PatternJoin(QueryIterator input, BasicPattern pattern, boolean optional, ExecutionContext execCxt) {
    super(input, execCxt);
    this.graph = (ReadGraph) execCxt.getActiveGraph();
    this.pattern = pattern;
    this.optional = optional;
  }

  /** The solutions of {@code pattern} that extend each binding of {@code input}. */
  static QueryIterator join(QueryIterator input, BasicPattern pattern, ExecutionContext execCxt) {
    return new PatternJoin(input, pattern, false, execCxt);
  }

  /** As {@link #join}, keeping each binding of {@code input} that {@code pattern} does not extend. */
  static QueryIterator optional(QueryIterator input, BasicPattern pattern, ExecutionContext execCxt) {
    return new PatternJoin(input, pattern, true, execCxt);
  }

  @Override
  protected boolean hasNextBinding() {
    while (!current.hasNext()) {
      if (!getInput().hasNext()) {
        return false;
      }
      Binding binding = getInput().next();
      PatternSolver solutions = new PatternSolver(graph, order(binding), binding, getExecContext().getCancelSignal());
      current = optional && !solutions.hasNext() ? Collections.singletonList(binding).iterator() : solutions;
    }
    return true;
  }

  @Override
  protected Binding moveToNextBinding() {
    return current.next();
  }

  private Triple[] order(Binding first) {
    if (ordered == null) {
      BasicPattern reordered = pattern.size() < 2
          ? pattern
          : REORDER.reorderIndexes(Substitute.substitute(pattern, first)).reorder(pattern);
      ordered = reordered.getList().stream().map(this::withSharedPredicate).toArray(Triple[]::new);
    }
    return ordered;
  }

  private Triple withSharedPredicate(Triple t) {
    return Triple.create(t.getSubject(), graph.shared(t.getPredicate()), t.getObject());
  }

  @Override
  protected void requestSubCancel() {
    // the solver looks at the execution context's cancel signal itself
  }

  @Override
  protected void closeSubIterator() {
    // graph iterators of an in-memory graph hold nothing to release
  }
}
