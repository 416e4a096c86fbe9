package zonekg.doc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every document of a build with its mentions joined to entities.
 *
 * @param docs the documents, in name order; kept as given, not copied, since a large corpus is a list that reads
 *     each document from disk when asked
 * @param entities every entity by key, in key order
 * @param keys for each document name, the entity key of each name it mentions (mention names,
 *     observation subjects and comparison regions), under the name itself and under
 *     {@link #typed(EntityType, String)} for the kind it was mentioned as, and of each region named relative to a
 *     subject under {@link #relative(String, String)}
 */
public record ResolvedCorpus(List<MentionedDoc> docs, Map<String, Entity> entities,
    Map<String, Map<String, String>> keys) {
  private static final String RELATIVE = "RELATIVE:";

  public ResolvedCorpus {
    docs = Collections.unmodifiableList(docs);
    entities = Collections.unmodifiableMap(new TreeMap<>(entities));
    keys = Map.copyOf(keys);
  }

  /** The entity a name refers to in one document. */
  public Optional<Entity> entity(String doc, String name) {
    return Optional.ofNullable(keys.getOrDefault(doc, Map.of()).get(name)).map(entities::get);
  }

  /**
   * The entity a name of a given kind refers to in one document: a company listed among projects
   * (弗迪电池 投产) is both an enterprise and a project of the same name.
   */
  public Optional<Entity> entity(String doc, EntityType type, String name) {
    Map<String, String> names = keys.getOrDefault(doc, Map.of());
    String key = names.get(typed(type, name));
    return Optional.ofNullable(key != null ? key : names.get(name)).map(entities::get);
  }

  /**
   * The entry of {@code keys} for a region named relative to a statistic's subject: 全市 in a sentence about a
   * zone is the zone's city.
   */
  public static String relative(String subject, String name) {
    return RELATIVE + subject + ":" + name;
  }

  /** The subject and the relative name of a key made by {@link #relative}, or empty for any other name. */
  public static Optional<String[]> relativeParts(String key) {
    int split = key.lastIndexOf(':');
    return key.startsWith(RELATIVE) && split > RELATIVE.length()
        ? Optional.of(new String[] {key.substring(RELATIVE.length(), split), key.substring(split + 1)})
        : Optional.empty();
  }

  /** The entry of {@code keys} for a name mentioned as a given kind. */
  public static String typed(EntityType type, String name) {
    return type.name() + ":" + name;
  }
}
