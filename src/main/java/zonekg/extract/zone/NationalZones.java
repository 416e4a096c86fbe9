package zonekg.extract.zone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonekg.doc.ReferenceLists;
import zonekg.extract.NameTrie;

/**
 * The public lists of national high-tech zones, national economic and technological development zones, state-level
 * new areas, national independent innovation demonstration zones and the cooperation zones with Hong Kong and Macao,
 * looked up by official or short name (东湖高新区 → 武汉东湖新技术开发区, 武汉市; 小蓝经开区 → 南昌小蓝经济技术开发区,
 * 南昌市).
 */
public final class NationalZones {
  private static final List<String> RESOURCES =
      List.of("/zonekg/dict/national-hitech-zones.tsv", "/zonekg/dict/national-development-zones.tsv",
          "/zonekg/dict/national-new-areas.tsv", "/zonekg/dict/national-innovation-zones.tsv",
          "/zonekg/dict/national-cooperation-zones.tsv", "/zonekg/dict/hainan-key-parks.tsv");

  /**
   * One listed zone.
   *
   * @param name official name
   * @param shortName usual short name
   * @param city full name of its city (武汉市)
   */
  public record Listed(String name, String shortName, String city) {}

  private final Map<String, Listed> byName;
  /** Official names with their kind shortened (东莞松山湖高新区), which the list's short name may drop the city from. */
  private final Map<String, Listed> byShortenedName;
  private final List<String> names;
  private final NameTrie trie;

  private NationalZones(List<Listed> listed) {
    Map<String, Listed> map = new HashMap<>();
    Map<String, Listed> shortened = new HashMap<>();
    for (Listed z : listed) {
      map.putIfAbsent(z.name(), z);
      map.putIfAbsent(z.shortName(), z);
      shortened.putIfAbsent(ZoneNames.canonical(z.name()), z);
    }
    byName = map;
    byShortenedName = shortened;
    List<String> all = new ArrayList<>(map.keySet());
    all.sort(null);
    names = Collections.unmodifiableList(all);
    trie = NameTrie.of(all);
  }

  private static final class Holder {
    static final NationalZones INSTANCE = load();
  }

  /** The shared lists, read on first use. */
  public static NationalZones get() {
    return Holder.INSTANCE;
  }

  private static NationalZones load() {
    List<Listed> listed = new ArrayList<>();
    for (String resource : RESOURCES) {
      for (String[] row : ReferenceLists.readTsv(resource, 3)) {
        listed.add(new Listed(row[0], row[1], row[2]));
      }
    }
    return new NationalZones(listed);
  }

  /** The listed zone with this official or short name, or its official name with the kind shortened. */
  public Optional<Listed> lookup(String name) {
    return Optional.ofNullable(byName.getOrDefault(name, byShortenedName.get(name)));
  }

  /** The listed zone with this name as printed, else in its canonical spelling ({@link ZoneNames#canonical}). */
  public Optional<Listed> find(String name) {
    return lookup(name).or(() -> lookup(ZoneNames.canonical(name)));
  }

  /** Length of the longest official or short name starting at {@code from}, or 0. */
  public int longestNameAt(String text, int from) {
    return trie.longestAt(text, from);
  }

  /** Every official and short name, sorted. */
  public List<String> names() {
    return names;
  }
}
