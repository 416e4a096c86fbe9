package zonekg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 * <p>Every term is held once: the copy swaps equal nodes for one shared node. A query's bindings take their nodes
 * from these triples, so finding a subject's triples is a lookup by reference, which reads neither the node's
 * IRI nor its hash; on the 3.8 M-triple benchmark graph the statistics query spent a third of its time hashing
 * nodes and comparing IRIs of equal nodes held twice.
 */
final class ReadGraph extends GraphBase {
  /** Above this many triples a subject is indexed by predicate; below it, a scan is as fast as a lookup. */
  static final int WIDE_SUBJECT = 32;

  private final Graph triples = new GraphMem2Fast();
  /** Each predicate's one node: keys and values are the same nodes. */
  private final Map<Node, Node> predicates = new HashMap<>();
  /** For a subject node from outside the graph, a query's constant. */
  private final Map<Node, About> bySubject = new HashMap<>();
  /** For the graph's own subject nodes, which the bindings of a query hold. */
  private final Map<Node, About> bySubjectNode = new IdentityHashMap<>();

  private ReadGraph(Graph source) {
    Map<Node, Node> shared = new HashMap<>();
    Map<Node, List<Triple>> grouped = new HashMap<>();
    source.find().forEachRemaining(t -> {
      Node predicate = one(shared, t.getPredicate());
      predicates.putIfAbsent(predicate, predicate);
      Triple held = Triple.create(one(shared, t.getSubject()), predicate, one(shared, t.getObject()));
      triples.add(held);
      grouped.computeIfAbsent(held.getSubject(), s -> new ArrayList<>()).add(held);
    });
    grouped.forEach((subject, about) -> bySubject.put(subject, About.of(about)));
    bySubjectNode.putAll(bySubject);
    getPrefixMapping().setNsPrefixes(source.getPrefixMapping());
  }

  private static Node one(Map<Node, Node> shared, Node node) {
    return shared.computeIfAbsent(node, n -> n);
  }

  /** A copy of what {@code source} holds now; it does not follow later changes to it. */
  static Graph copyOf(Graph source) {
    return new ReadGraph(source);
  }

  /**
   * The node this graph holds for {@code node} when it is one of its predicates, else {@code node}: a query's
   * patterns that use it find without comparing IRIs.
   */
  Node shared(Node node) {
    return predicates.getOrDefault(node, node);
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node subject = pattern.getMatchSubject();
    if (subject == null) {
      return triples.find(pattern);
    }
    About about = bySubjectNode.get(subject);
    if (about == null) {
      about = bySubject.get(subject);
    }
    Node predicate = pattern.getMatchPredicate();
    Node shared = predicate == null ? null : predicates.get(predicate);
    if (about == null || predicate != null && shared == null) {
      return NiceIterator.emptyIterator();
    }
    return about.find(shared, pattern.getMatchObject());
  }

  @Override
  protected int graphBaseSize() {
    return triples.size();
  }

  /**
   * The triples of one subject, those with the same predicate side by side, and their predicates in an array of
   * their own, so a scan for one compares references in one block of memory; a wide subject also maps each
   * predicate to where its triples begin.
   */
  private record About(Node[] predicates, Triple[] triples, Map<Node, Integer> starts) {
    static About of(List<Triple> triples) {
      Map<Node, List<Triple>> byPredicate = new LinkedHashMap<>();
      triples.forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t));
      Triple[] grouped = byPredicate.values().stream().flatMap(List::stream).toArray(Triple[]::new);
      Node[] predicates = Arrays.stream(grouped).map(Triple::getPredicate).toArray(Node[]::new);
      Map<Node, Integer> starts = null;
      if (grouped.length > WIDE_SUBJECT) {
        starts = new IdentityHashMap<>();
        for (int i = grouped.length - 1; i >= 0; i--) {
          starts.put(predicates[i], i);
        }
      }
      return new About(predicates, grouped, starts);
    }

    /** The triples with {@code predicate} (a shared node) and {@code object}, each null for any. */
    ExtendedIterator<Triple> find(Node predicate, Node object) {
      if (predicate == null) {
        return new Matches(this, 0, null, object);
      }
      int start = 0;
      if (starts != null) {
        Integer at = starts.get(predicate);
        if (at == null) {
          return NiceIterator.emptyIterator();
        }
        start = at;
      }
      return new Matches(this, start, predicate, object);
    }
  }

  /** A scan of one subject's triples from a position, while the predicate is the one asked for. */
  private static final class Matches extends NiceIterator<Triple> {
    private final About about;
    private final Node predicate;
    private final Node object;
    private int index;
    private boolean inRun;
    private Triple next;

    Matches(About about, int start, Node predicate, Node object) {
      this.about = about;
      this.index = start;
      this.predicate = predicate;
      this.object = object;
    }

    @Override
    public boolean hasNext() {
      Node[] predicates = about.predicates();
      while (next == null && index < predicates.length) {
        int i = index++;
        if (predicate != null && predicates[i] != predicate) {
          if (inRun) {
            index = predicates.length;
          }
          continue;
        }
        inRun = true;
        Triple t = about.triples()[i];
        if (object == null || object.equals(t.getObject())) {
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
