package zonekg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's operator executor, with basic graph patterns and the OPTIONALs ARQ turns into conditionals solved by
 * {@link PatternJoin} when the active graph is a {@link ReadGraph}, the served copy of a graph.
 * <p>On the 2 000-document benchmark graph the evaluation query of statistics (117 000 rows, eleven patterns and
 * four OPTIONALs) took ARQ 2.4–4.2 s to solve, mostly in making iterators and substituting and reordering each
 * OPTIONAL's pattern for every row. Anything else — named graphs, TDB2, triple terms, a dataset being written —
 * runs on ARQ's own executor.
 */
final class ReadGraphExecutor extends OpExecutor {
  /** For {@code QC.setFactory} on a dataset's context. */
  static final OpExecutorFactory FACTORY = ReadGraphExecutor::new;

  private ReadGraphExecutor(ExecutionContext execCxt) {
    super(execCxt);
  }

  @Override
  protected QueryIterator execute(OpBGP bgp, QueryIterator input) {
    return solvable(bgp) ? PatternJoin.join(input, bgp.getPattern(), execCxt) : super.execute(bgp, input);
  }

  @Override
  protected QueryIterator execute(OpConditional conditional, QueryIterator input) {
    if (conditional.getRight() instanceof OpBGP bgp && solvable(bgp)) {
      return PatternJoin.optional(exec(conditional.getLeft(), input), bgp.getPattern(), execCxt);
    }
    return super.execute(conditional, input);
  }

  private boolean solvable(OpBGP bgp) {
    // hiding blank-node variables is ARQ's business: it wraps its own solver's results to do it
    return execCxt.getActiveGraph() instanceof ReadGraph
        && !execCxt.getContext().isTrue(ARQ.hideNonDistiguishedVariables)
        && bgp.getPattern().getList().stream().noneMatch(ReadGraphExecutor::hasTripleTerm);
  }

  private static boolean hasTripleTerm(Triple pattern) {
    for (Node node : new Node[] {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()}) {
      if (node.isTripleTerm()) {
        return true;
      }
    }
    return false;
  }
}
