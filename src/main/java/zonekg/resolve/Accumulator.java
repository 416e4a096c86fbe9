package zonekg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;

/** Everything the documents say about one entity, gathered before it becomes an {@link Entity}. */
final class Accumulator {
  private final String key;
  private final EntityType type;
  private final Map<String, Integer> forms = new LinkedHashMap<>();
  private final Map<String, Integer> zones = new LinkedHashMap<>();
  private final TreeSet<String> documents = new TreeSet<>();
  private String preferredLabel;
  String enterprise;
  String region;
  String code;
  String status;

  Accumulator(String key, EntityType type) {
    this.key = key;
    this.type = type;
  }

  String key() {
    return key;
  }

  void seen(String form, String doc) {
    forms.merge(form, 1, Integer::sum);
    documents.add(doc);
  }

  /** Enterprises are labelled with their fullest name whatever the counts (guidelines: name = fullest form). */
  void preferLabel(String label) {
    preferredLabel = label;
  }

  void inZone(String zoneKey) {
    if (zoneKey != null) {
      zones.merge(zoneKey, 1, Integer::sum);
    }
  }

  Entity build() {
    String label = preferredLabel != null ? preferredLabel : mostFrequent(forms);
    List<String> aliases = new ArrayList<>(forms.keySet());
    aliases.remove(label);
    aliases.sort(null);
    String zone = zones.isEmpty() ? null : mostFrequent(zones);
    return new Entity(key, type, label, aliases, zone, enterprise, region, code, status, documents);
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
