package zonekg.doc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every document of a build with its mentions joined to entities.
 *
 * @param docs the documents, in name order
 * @param entities every entity by key, in key order
 * @param keys for each document name, the entity key of each name it mentions (mention names,
 *     observation subjects and comparison regions)
 */
public record ResolvedCorpus(List<MentionedDoc> docs, Map<String, Entity> entities,
    Map<String, Map<String, String>> keys) {
  public ResolvedCorpus {
    docs = List.copyOf(docs);
    entities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(entities));
    keys = Map.copyOf(keys);
  }

  /** The entity a name refers to in one document. */
  public Optional<Entity> entity(String doc, String name) {
    return Optional.ofNullable(keys.getOrDefault(doc, Map.of()).get(name)).map(entities::get);
  }
}
