package zonekg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import zonekg.vocab.NIF;

/**
 * An in-memory Lucene index over the served dataset's names, aliases, indicator labels and evidence sentences,
 * analysed into Chinese words by Lucene's SmartChineseAnalyzer, so SPARQL can ask {@code ?s text:query "研究院"}.
 * <pre>
 *   DatasetGraph searchable = ChineseTextIndex.over(dsg);   // then serve or query {@code searchable}
 * </pre>
 * Fields: {@code label} (rdfs:label, the default field), {@code alias} (skos:altLabel), {@code indicator}
 * (skos:prefLabel) and {@code sentence} (nif:anchorOf). No graph field: hits are subjects, whatever graph
 * holds them, which is what a query over the union default graph wants.
 */
public final class ChineseTextIndex {
  /** Lucene field holding the subject's IRI. */
  static final String ENTITY_FIELD = "uri";
  static final String LABEL_FIELD = "label";
  static final String ALIAS_FIELD = "alias";
  static final String INDICATOR_FIELD = "indicator";
  static final String SENTENCE_FIELD = "sentence";
  static final String LANG_FIELD = "lang";

  private ChineseTextIndex() {}

  /**
   * A view of {@code dsg} that answers {@code text:query}; indexes every quad already in {@code dsg}.
   * The view shares the dataset's context, so a union default graph stays on.
   */
  public static DatasetGraph over(DatasetGraph dsg) {
    EntityDefinition definition = definition();
    TextIndex index = luceneIndex(definition);
    indexExisting(dsg, definition, index);
    return TextDatasetFactory.create(dsg, index, true);
  }

  /**
   * Like {@link #over}, but for a dataset still being filled: returns at once, and indexes on another thread once
   * {@code filled} completes (about a second for the seeds on a cold JVM). A server can start meanwhile; a
   * {@code text:query} waits for the index to be full. {@code dsg} must not change after {@code filled}.
   */
  public static DatasetGraph overOnceFilled(DatasetGraph dsg, CompletableFuture<?> filled) {
    EntityDefinition definition = definition();
    TextIndex index = luceneIndex(definition);
    CompletableFuture<Void> indexed = filled.thenRunAsync(() -> indexExisting(dsg, definition, index));
    return TextDatasetFactory.create(dsg, new AwaitedIndex(index, indexed), true);
  }

  private static TextIndex luceneIndex(EntityDefinition definition) {
    TextIndexConfig config = new TextIndexConfig(definition);
    config.setAnalyzer(new SmartChineseAnalyzer());
    config.setValueStored(true);
    definition.setLangField(LANG_FIELD);
    return TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
  }

  /**
   * Loads the analyser's word and bigram dictionaries in the background (about a second on a cold JVM), so that
   * a caller building the graph meanwhile does not wait for them in {@link #over} or {@link #overOnceFilled}. A
   * failure here shows again, and is reported, when the index analyses the data.
   */
  public static void preload() {
    CompletableFuture.runAsync(() -> {
      try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
          TokenStream words = analyzer.tokenStream(LABEL_FIELD, "高新区研究院")) {
        words.reset();
        while (words.incrementToken()) {
          // reading the words is what loads the dictionaries
        }
        words.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Whether {@code query} calls {@code text:query}, and so needs the index to mean what it says. */
  public static boolean searchedBy(Query query) {
    boolean[] found = {false};
    if (query.getQueryPattern() != null) {
      ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
        @Override
        public void visit(ElementPathBlock block) {
          block.patternElts().forEachRemaining(p -> found[0] |= p.getPredicate() != null
              && p.getPredicate().isURI() && p.getPredicate().getURI().equals(TextVocab.pfQuery));
        }
      });
    }
    return found[0];
  }

  static EntityDefinition definition() {
    EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, RDFS.label.asNode());
    definition.set(ALIAS_FIELD, SKOS.altLabel.asNode());
    definition.set(INDICATOR_FIELD, SKOS.prefLabel.asNode());
    definition.set(SENTENCE_FIELD, NIF.anchorOf.asNode());
    return definition;
  }

  // jena-text indexes changes made through its view; data loaded before the view existed is added here once.
  private static void indexExisting(DatasetGraph dsg, EntityDefinition definition, TextIndex index) {
    Txn.executeRead(dsg, () -> {
      // A statement repeated in several document graphs is one searchable fact, not one hit per graph.
      Set<Triple> triples = new LinkedHashSet<>();
      for (String field : definition.fields()) {
        for (Node predicate : definition.getPredicates(field)) {
          dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        }
      }
      triples.forEach(t -> add(t, definition, index));
    });
    index.prepareCommit();
    index.commit();
  }

  private static void add(Triple triple, EntityDefinition definition, TextIndex index) {
    Entity entity = TextQueryFuncs.entityFromQuad(definition, Quad.create(Quad.defaultGraphIRI, triple));
    if (entity != null) {
      index.addEntity(entity);
    }
  }
}
