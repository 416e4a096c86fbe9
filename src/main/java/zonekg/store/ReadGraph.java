package zonekg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read-only copy of a graph, indexed for what SPARQL over our data asks most: the values of one property of
 * one subject.
 * <p>Jena's in-memory graphs answer {@code find(s, p, ANY)} by scanning every triple of {@code s} and comparing
 * each predicate's IRI, character by character, with the one asked for. Here each subject's triples lie in an
 * array, and every predicate is one shared node, so the scan compares references: the query's predicate is
 * swapped for the shared node once per find. Our zones, regions and platforms carry thousands of
 * {@code zk:mentionedIn} triples, one per document and sentence naming them; subjects with many triples are
 * indexed by predicate too, so reading a zone's label does not scan its mentions. Patterns without a subject go
 * to Jena's indexes.
 */
final class ReadGraph extends GraphBase {
  /** Above this many triples a subject is indexed by predicate; below it, a scan is as fast as a lookup. */
  static final int WIDE_SUBJECT = 32;
  private static final Triple[] NONE = {};

  private final Graph triples = new GraphMem2Fast();
  /** Each predicate's one node: keys and values are the same nodes. */
  private final Map<Node, Node> predicates = new HashMap<>();
  private final Map<Node, Triple[]> bySubject = new HashMap<>();
  /** For subjects with more than {@link #WIDE_SUBJECT} triples: their triples by (shared) predicate. */
  private final Map<Node, Map<Node, Triple[]>> wideSubjects = new HashMap<>();

  private ReadGraph(Graph source) {
    Map<Node, List<Triple>> grouped = new HashMap<>();
    source.find().forEachRemaining(t -> {
      Triple shared = sharingPredicate(t);
      triples.add(shared);
      grouped.computeIfAbsent(shared.getSubject(), s -> new ArrayList<>()).add(shared);
    });
    grouped.forEach((subject, about) -> {
      bySubject.put(subject, about.toArray(NONE));
      if (about.size() > WIDE_SUBJECT) {
        wideSubjects.put(subject, byPredicate(about));
      }
    });
    getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
  }

  /** A copy of what {@code source} holds now; it does not follow later changes to it. */
  static Graph copyOf(Graph source) {
    return new ReadGraph(source);
  }

  private Triple sharingPredicate(Triple t) {
    Node shared = predicates.computeIfAbsent(t.getPredicate(), p -> p);
    return shared == t.getPredicate() ? t : Triple.create(t.getSubject(), shared, t.getObject());
  }

  private static Map<Node, Triple[]> byPredicate(List<Triple> about) {
    Map<Node, List<Triple>> grouped = new IdentityHashMap<>();
    about.forEach(t -> grouped.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t));
    Map<Node, Triple[]> index = new IdentityHashMap<>();
    grouped.forEach((predicate, list) -> index.put(predicate, list.toArray(NONE)));
    return index;
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node subject = pattern.getMatchSubject();
    if (subject == null) {
      return triples.find(pattern);
    }
    Node predicate = pattern.getMatchPredicate();
    Node shared = predicate == null ? null : predicates.get(predicate);
    if (predicate != null && shared == null) {
      return NiceIterator.emptyIterator();
    }
    Map<Node, Triple[]> byPredicate = shared == null ? null : wideSubjects.get(subject);
    Triple[] candidates = byPredicate != null
        ? byPredicate.getOrDefault(shared, NONE)
        : bySubject.getOrDefault(subject, NONE);
    return new Matches(candidates, shared, pattern.getMatchObject());
  }

  @Override
  protected int graphBaseSize() {
    return triples.size();
  }

  /** The triples of one subject with a given (shared) predicate node and object, each null for any. */
  private static final class Matches extends NiceIterator<Triple> {
    private final Triple[] candidates;
    private final Node predicate;
    private final Node object;
    private int index;
    private Triple next;

    Matches(Triple[] candidates, Node predicate, Node object) {
      this.candidates = candidates;
      this.predicate = predicate;
      this.object = object;
    }

    @Override
    public boolean hasNext() {
      while (next == null && index < candidates.length) {
        Triple t = candidates[index++];
        if ((predicate == null || t.getPredicate() == predicate) && (object == null || object.equals(t.getObject()))) {
          next = t;
        }
      }
      return next != null;
    }

    @Override
    public Triple next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Triple t = next;
      next = null;
      return t;
    }
  }
}
