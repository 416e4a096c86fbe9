package zonekg.doc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One real thing, joined across every document that names it.
 *
 * @param key canonical key, unique over the corpus: type plus normalised name (or a region's code)
 * @param type its kind
 * @param label the name the texts use most
 * @param aliases other names the texts use, sorted
 * @param region for a zone, key of its city; for a region, key of the region above it; or null
 * @param code for a region, its GB/T 2260 code; or null
 * @param attestations by name of each document that mentions it, what that document says of it; kept in name order
 */
public record Entity(String key, EntityType type, String label, List<String> aliases, String region, String code,
    Map<String, Attestation> attestations) {
  public Entity {
    Checks.argument(!key.isBlank(), "entity without key");
    Checks.argument(!label.isBlank(), "entity %s without label", key);
    aliases = List.copyOf(aliases);
    attestations = Collections.unmodifiableMap(new TreeMap<>(attestations));
  }

  /** Names of the documents that mention it, in order. */
  public Set<String> documents() {
    return attestations.keySet();
  }

  /** The name {@code doc} writes it under; its label where that document does not name it. */
  public String nameIn(String doc) {
    String written = in(doc).name();
    return written != null ? written : label;
  }

  /** What a document says of it; {@link Attestation#NONE}, when the document does not mention it. */
  public Attestation in(String doc) {
    return attestations.getOrDefault(doc, Attestation.NONE);
  }
}
