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
    in(doc).forms.merge(form, 1, Integer::sum);
  }

  /** What {@code doc} says of this entity, gathered as its mentions are read. */
  DocumentSays in(String doc) {
    return documents.computeIfAbsent(doc, d -> new DocumentSays());
  }

  /** Enterprises are labelled with their fullest name whatever the counts (guidelines: name = fullest form). */
  void preferLabel(String label) {
    preferredLabel = label;
  }

  /** The name {@code doc} writes it under, whatever that document's counts; the longest one given wins. */
  void preferName(String doc, String name) {
    DocumentSays says = in(doc);
    if (says.preferredName == null || name.length() > says.preferredName.length()) {
      says.preferredName = name;
    }
  }

  Entity build() {
    String label = preferredLabel != null ? preferredLabel : mostFrequent(forms);
    List<String> aliases = new ArrayList<>(forms.keySet());
    aliases.remove(label);
    aliases.sort(null);
    Map<String, Attestation> attestations = new TreeMap<>();
    documents.forEach((doc, says) -> attestations.put(doc, says.attestation(label)));
    return new Entity(key, type, label, aliases, region, code, attestations);
  }

  /** One document's account of the entity, while it is being read. */
  static final class DocumentSays {
    private final Map<String, Integer> forms = new LinkedHashMap<>();
    private final Map<String, Integer> zones = new LinkedHashMap<>();
    private String preferredName;
    String enterprise;
    String status;

    void inZone(String zoneKey) {
      if (zoneKey != null) {
        zones.merge(zoneKey, 1, Integer::sum);
      }
    }

    /** What the document says, under {@code label} when it only links to the entity and never writes its name. */
    Attestation attestation(String label) {
      String name = preferredName != null ? preferredName : forms.isEmpty() ? label : mostFrequent(forms);
      return new Attestation(name, zone(), enterprise, status);
    }

    /** The zone the document places the entity in most often, or null. */
    String zone() {
      return zones.isEmpty() ? null : mostFrequent(zones);
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
