package zonekg.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A text index still being filled in the background: every read waits until the filling is done, so a
 * {@code text:query} that arrives early is answered late rather than from half an index, while queries that do
 * not search text never wait.
 */
final class AwaitedIndex implements TextIndex {
  private final TextIndex index;
  private final CompletableFuture<Void> filled;

  AwaitedIndex(TextIndex index, CompletableFuture<Void> filled) {
    this.index = index;
    this.filled = filled;
  }

  private TextIndex ready() {
    filled.join();
    return index;
  }

  @Override
  public void prepareCommit() {
    ready().prepareCommit();
  }

  @Override
  public void commit() {
    ready().commit();
  }

  @Override
  public void rollback() {
    ready().rollback();
  }

  @Override
  public void addEntity(Entity entity) {
    ready().addEntity(entity);
  }

  @Override
  public void updateEntity(Entity entity) {
    ready().updateEntity(entity);
  }

  @Override
  public void deleteEntity(Entity entity) {
    ready().deleteEntity(entity);
  }

  @Override
  public Map<String, Node> get(String uri) {
    return ready().get(uri);
  }

  @Override
  public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
    return ready().query(property, qs, graphURI, lang, limit);
  }

  @Override
  public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
    return ready().query(property, qs, graphURI, lang);
  }

  @Override
  public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
    return ready().query(property, qs, graphURI, lang, limit, highlight);
  }

  @Override
  public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit,
      String highlight) {
    return ready().query(props, qs, graphURI, lang, limit, highlight);
  }

  @Override
  public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
      String highlight) {
    return ready().query(uri, props, qs, graphURI, lang, limit, highlight);
  }

  @Override
  public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
      String highlight) {
    return ready().query(subj, props, qs, graphURI, lang, limit, highlight);
  }

  @Override
  public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit,
      String highlight) {
    return ready().query(uri, property, qs, graphURI, lang, limit, highlight);
  }

  @Override
  public EntityDefinition getDocDef() {
    return index.getDocDef();
  }

  @Override
  public void close() {
    ready().close();
  }
}
