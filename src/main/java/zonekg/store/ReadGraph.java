package zonekg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only copy of a graph, indexed for what SPARQL over our data asks most: the value of one property of one
 * subject.
 * <p>Jena's in-memory graphs answer {@code find(s, p, ANY)} by scanning every triple of {@code s}. Our zones,
 * regions and platforms are each mentioned in every document and sentence that names them, so on a large corpus
 * they carry thousands of {@code zk:mentionedIn} triples, and reading one's label scanned them all: on 2 000
 * documents the evaluation query of statistics spent more than half its time there. Subjects with many triples
 * here also get an index by predicate.
 */
final class ReadGraph extends GraphBase {
  /** Above this many triples a subject is indexed by predicate; below it, a scan is as fast as a lookup. */
  static final int WIDE_SUBJECT = 32;

  private final Graph triples = new GraphMem2Fast();
  private final Map<Node, Map<Node, List<Triple>>> wideSubjects = new HashMap<>();

  private ReadGraph(Graph source) {
    source.find().forEachRemaining(triples::add);
    indexWideSubjects();
    getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
  }

  /** A copy of what {@code source} holds now; it does not follow later changes to it. */
  static Graph copyOf(Graph source) {
    return new ReadGraph(source);
  }

  private void indexWideSubjects() {
    Map<Node, Integer> counts = new HashMap<>();
    triples.find().forEachRemaining(t -> counts.merge(t.getSubject(), 1, Integer::sum));
    counts.forEach((subject, count) -> {
      if (count > WIDE_SUBJECT) {
        Map<Node, List<Triple>> byPredicate = new HashMap<>();
        triples.find(subject, Node.ANY, Node.ANY).forEachRemaining(
            t -> byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t));
        wideSubjects.put(subject, byPredicate);
      }
    });
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node subject = pattern.getMatchSubject();
    Node predicate = pattern.getMatchPredicate();
    Map<Node, List<Triple>> byPredicate = subject == null || predicate == null ? null : wideSubjects.get(subject);
    if (byPredicate == null) {
      return triples.find(pattern);
    }
    List<Triple> found = byPredicate.get(predicate);
    if (found == null) {
      return NiceIterator.emptyIterator();
    }
    Node object = pattern.getMatchObject();
    ExtendedIterator<Triple> all = WrappedIterator.createNoRemove(found.iterator());
    return object == null ? all : all.filterKeep(t -> t.getObject().equals(object));
  }

  @Override
  protected int graphBaseSize() {
    return triples.size();
  }
}
