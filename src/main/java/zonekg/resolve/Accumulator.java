package zonekg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zonekg.doc.Attestation;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;

/** Everything the documents say about one entity, gathered before it becomes an {@link Entity}. */
final class Accumulator {
  private final String key;
  private final EntityType type;
  private final Map<String, Integer> forms = new LinkedHashMap<>();
  private final Map<String, DocumentSays> documents = new TreeMap<>();
  private String preferredLabel;
  String region;
  String code;

  Accumulator(String key, EntityType type) {
    this.key = key;
    this.type = type;
  }

  String key() {
    return key;
  }

  void seen(String form, String doc) {
    forms.merge(form, 1, Integer::sum);
    in(doc);
  }

  /** What {@code doc} says of this entity, gathered as its mentions are read. */
  DocumentSays in(String doc) {
    return documents.computeIfAbsent(doc, d -> new DocumentSays());
  }

  /** Enterprises are labelled with their fullest name whatever the counts (guidelines: name = fullest form). */
  void preferLabel(String label) {
    preferredLabel = label;
  }

  Entity build() {
    String label = preferredLabel != null ? preferredLabel : mostFrequent(forms);
    List<String> aliases = new ArrayList<>(forms.keySet());
    aliases.remove(label);
    aliases.sort(null);
    Map<String, Attestation> attestations = new TreeMap<>();
    documents.forEach((doc, says) -> attestations.put(doc, says.attestation()));
    return new Entity(key, type, label, aliases, region, code, attestations);
  }

  /** One document's account of the entity, while it is being read. */
  static final class DocumentSays {
    private final Map<String, Integer> zones = new LinkedHashMap<>();
    String enterprise;
    String status;

    void inZone(String zoneKey) {
      if (zoneKey != null) {
        zones.merge(zoneKey, 1, Integer::sum);
      }
    }

    Attestation attestation() {
      return new Attestation(zones.isEmpty() ? null : mostFrequent(zones), enterprise, status);
    }
  }

  /** Most frequent; ties go to the longer form, then to the smaller in code-point order, so input order never matters. */
  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> e.getKey().length())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }
}
