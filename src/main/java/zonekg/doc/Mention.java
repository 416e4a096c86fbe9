package zonekg.doc;

import java.io.Serializable;

/**
 * One naming of an entity in one sentence.
 *
 * @param type what kind of thing is named
 * @param name its label as written, spaces removed ({@code 济南高新区}); for a short name the document gave it
 *     (数谷众创空间 after 贵阳国家高新区数谷众创空间), the full name
 * @param span where it lies in the normalised text
 * @param sentence index of the sentence holding it
 * @param zone name of the zone the text places it in, or null
 * @param enterprise for a project, the name of its enterprise, or null
 * @param status for a project, its stage as printed (签约, 在建, 投产 …), or null
 */
public record Mention(EntityType type, String name, Span span, int sentence, String zone, String enterprise,
    String status) implements Serializable {
  public Mention {
    Checks.notNull(type, "type");
    Checks.argument(!name.isBlank(), "empty %s mention at %s", type, span);
  }

  public static Mention of(EntityType type, String name, Span span, int sentence) {
    return new Mention(type, name, span, sentence, null, null, null);
  }

  public Mention withName(String fullName) {
    return new Mention(type, fullName, span, sentence, zone, enterprise, status);
  }

  public Mention withZone(String newZone) {
    return new Mention(type, name, span, sentence, newZone, enterprise, status);
  }
}
