package zonekg.extract.platform;

import java.util.List;
import java.util.Optional;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.extract.region.Gazetteer;

/**
 * A document that names a park with its zone or place (贵阳国家高新区数谷众创空间, 某某高新区软件园二期) may go on to call
 * it without them (数谷众创空间, 软件园二期): those mentions are of the park as first named.
 */
public final class PlatformShortNames {
  /** The shortest name a park goes by on its own (软件园 alone is a kind of park). */
  private static final int MIN_SHORT = 4;
  private final Gazetteer gazetteer;

  public PlatformShortNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * {@code mentions} with each park's short name replaced by the one full name of the document that ends with it, and
   * without the phase after it (某某产业园二期 is the park).
   */
  public List<Mention> withFullNames(List<Mention> mentions) {
    List<String> zones = mentions.stream().filter(m -> m.type() == EntityType.ZONE).map(Mention::name).toList();
    List<String> parks = mentions.stream().filter(m -> m.type() == EntityType.PLATFORM).map(Mention::name)
        .distinct().toList();
    return mentions.stream()
        .map(m -> m.type() == EntityType.PLATFORM
            ? m.withName(PlatformExtractor.withoutPhase(fullName(m.name(), parks, zones).orElse(m.name()))) : m)
        .toList();
  }

  private Optional<String> fullName(String name, List<String> parks, List<String> zones) {
    if (name.length() < MIN_SHORT) {
      return Optional.empty();
    }
    List<String> longer = parks.stream()
        .filter(p -> p.length() > name.length() && p.endsWith(name)
            && isPlace(p.substring(0, p.length() - name.length()), zones))
        .toList();
    return longer.size() == 1 ? Optional.of(longer.get(0)) : Optional.empty();
  }

  /** A zone the document names, or a place the gazetteer knows, spelled out whole. */
  private boolean isPlace(String prefix, List<String> zones) {
    return zones.contains(prefix) || gazetteer.longestNameAt(prefix, 0) == prefix.length();
  }
}
