package zonekg.doc;

import java.util.List;
import java.util.SortedSet;

/**
 * One real thing, joined across every document that names it.
 *
 * @param key canonical key, unique over the corpus: type plus normalised name (or a region's code)
 * @param type its kind
 * @param label the name the texts use most
 * @param aliases other names the texts use, sorted
 * @param zone key of the zone it lies in, or null
 * @param enterprise for a project, key of its enterprise, or null
 * @param region for a zone, key of its city; for a region, key of the region above it; or null
 * @param code for a region, its GB/T 2260 code; or null
 * @param status for a project, its latest stage as printed, or null
 * @param documents names of the documents that mention it
 */
public record Entity(String key, EntityType type, String label, List<String> aliases, String zone, String enterprise,
    String region, String code, String status, SortedSet<String> documents) {
  public Entity {
    Checks.argument(!key.isBlank(), "entity without key");
    Checks.argument(!label.isBlank(), "entity %s without label", key);
    aliases = List.copyOf(aliases);
    documents = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(documents));
  }
}
