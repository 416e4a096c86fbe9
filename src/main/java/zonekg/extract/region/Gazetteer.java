package zonekg.extract.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import zonekg.doc.ReferenceLists;
import zonekg.extract.FirstCharPattern;
import zonekg.extract.NameTrie;
import zonekg.extract.region.Division.Level;

/**
 * GB/T 2260 divisions looked up by full name (济南市), short name (济南) or code, with the
 * chain of divisions above each. Loaded once from {@code zonekg/dict/gbt2260.tsv}.
 */
public final class Gazetteer {
  static final String RESOURCE = "/zonekg/dict/gbt2260.tsv";
  private static final String ETHNIC_RESOURCE = "/zonekg/dict/ethnic-groups.txt";
  /** Shorter names are ordinary words far more often than places (城区, 郊区). */
  private static final int MIN_SHORT_LENGTH = 2;
  /** Prepositions HanLP may read into the place after them. */
  private static final String GLUED_PREPOSITIONS = "从在到向于自由经对";
  private static final String ZONE_DIVISION_KINDS = "(?:开发区|工业园区|化工园区|产业园区|示范区|合作区|保税区|实验区|试验区)";
  private static final Pattern ZONE_DIVISION = Pattern.compile(ZONE_DIVISION_KINDS + "$");
  private static final FirstCharPattern ZONE_DIVISION_KIND =
      new FirstCharPattern(Pattern.compile(ZONE_DIVISION_KINDS), "开工化产示合保实试");
  private static final Comparator<Division> PREFERENCE =
      Comparator.comparingInt((Division d) -> rank(d.level())).thenComparing(Division::code);

  private final Map<String, Division> byCode;
  private final Map<String, Division> byFullName;
  private final Map<String, Division> byShortName;
  /** Short names that several divisions go by (鼓楼: a district of five cities). */
  private final Set<String> sharedShortNames;
  private final NameTrie fullNames;
  private final NameTrie fullAndShortNames;

  private Gazetteer(List<Division> divisions, Pattern ethnicSuffix) {
    byCode = new LinkedHashMap<>();
    Map<String, List<Division>> full = new HashMap<>();
    Map<String, List<Division>> shorts = new HashMap<>();
    for (Division d : divisions) {
      byCode.put(d.code(), d);
      full.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      String s = shortName(d, ethnicSuffix);
      if (s.length() >= MIN_SHORT_LENGTH && !s.equals(d.name())) {
        shorts.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
      }
    }
    byFullName = preferred(full);
    byShortName = preferred(shorts);
    sharedShortNames = shorts.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    byFullName.keySet().forEach(byShortName::remove);
    fullNames = NameTrie.of(byFullName.keySet());
    fullAndShortNames = NameTrie.of(Stream.concat(byFullName.keySet().stream(), byShortName.keySet().stream())
        .collect(Collectors.toList()));
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /** The shared gazetteer, read on first use. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  private static Gazetteer load() {
    List<Division> divisions = new ArrayList<>();
    for (String[] row : ReferenceLists.readTsv(RESOURCE, 4)) {
      divisions.add(new Division(row[0], row[1], Level.parse(row[2]), row[3].isEmpty() ? null : row[3]));
    }
    String ethnic = ReferenceLists.readLines(ETHNIC_RESOURCE).stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    String multiCharEthnic = ReferenceLists.readLines(ETHNIC_RESOURCE).stream()
        .filter(e -> e.length() > 1)
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    // 新疆维吾尔自治区, 伊犁哈萨克自治州: an ethnic name of several characters may go without 族, but must leave a place
    return new Gazetteer(divisions,
        Pattern.compile("(?:(?:" + ethnic + ")族)+$|(?<=\\p{IsHan}{2})(?:" + multiCharEthnic + ")$"));
  }

  private static Map<String, Division> preferred(Map<String, List<Division>> candidates) {
    Map<String, Division> out = new HashMap<>();
    candidates.forEach((name, list) -> out.put(name, list.stream().min(PREFERENCE).orElseThrow()));
    return out;
  }

  /** Cities first: a short name shared by a prefecture and a county means the prefecture (吉林 → 吉林市). */
  private static int rank(Level level) {
    return switch (level) {
      case CITY -> 0;
      case PROVINCE -> 1;
      case DISTRICT -> 2;
      case COUNTRY -> 3;
    };
  }

  /** The name without its administrative suffix and ethnic designation (广西壮族自治区 → 广西). */
  static String shortName(Division d, Pattern ethnicSuffix) {
    String n = d.name();
    for (String suffix : List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "地区")) {
      if (n.endsWith(suffix) && n.length() > suffix.length() + 1) {
        return ethnicSuffix.matcher(n.substring(0, n.length() - suffix.length())).replaceAll("");
      }
    }
    if (n.length() > 2 && "省市区县旗盟".indexOf(n.charAt(n.length() - 1)) >= 0) {
      return n.substring(0, n.length() - 1);
    }
    return n;
  }

  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The division with this full name, else with this short name. */
  public Optional<Division> lookup(String name) {
    Division d = byFullName.get(name);
    return Optional.ofNullable(d != null ? d : byShortName.get(name));
  }

  /** Whether {@code name} is the full name of a division or the short name of one division only (清镇, not 鼓楼). */
  public boolean namesOnePlace(String name) {
    return byFullName.containsKey(name) || byShortName.containsKey(name) && !sharedShortNames.contains(name);
  }

  /**
   * Whether a division's full name is that of a development zone the code list counts as a district
   * (石家庄高新技术产业开发区, 中新苏滁高新技术产业开发区), not of a place (下花园区).
   */
  public static boolean namesZone(String fullName) {
    return ZONE_DIVISION.matcher(fullName).find();
  }

  /** Whether {@code text} holds the kind word of a zone the code list counts as a district, so may name one. */
  public static boolean mayNameZone(String text) {
    return ZONE_DIVISION_KIND.isFoundIn(text);
  }

  /** The division with exactly this full name. */
  public Optional<Division> byFullName(String name) {
    return Optional.ofNullable(byFullName.get(name));
  }

  /** Length of the longest full name of at least {@code minLength} characters starting at {@code from}, or 0. */
  public int longestFullNameAt(String text, int from, int minLength) {
    int len = fullNames.longestAt(text, from);
    return len >= minLength ? len : 0;
  }

  /** Length of the longest full or short name starting at {@code from}, or 0. */
  public int longestNameAt(CharSequence text, int from) {
    int len = fullAndShortNames.longestAt(text, from);
    return len >= MIN_SHORT_LENGTH ? len : 0;
  }

  /**
   * Whether the character at {@code at} is a preposition HanLP read into the place after it (记者从江西/ns 安义工业园区):
   * the place after it is at least as long as any the character opens itself (从江 vs 江西; not 从化, 于都, 自贡).
   */
  public boolean gluedPrepositionAt(CharSequence text, int at) {
    if (at + 1 >= text.length() || GLUED_PREPOSITIONS.indexOf(text.charAt(at)) < 0) {
      return false;
    }
    int after = longestNameAt(text, at + 1);
    return after > 0 && after >= longestNameAt(text, at);
  }

  /** The division and every division above it, up to but excluding the country. */
  public List<Division> chain(Division d) {
    List<Division> out = new ArrayList<>();
    for (Division at = d; at != null && at.level() != Level.COUNTRY; at = at.parent() == null ? null : byCode.get(at.parent())) {
      out.add(at);
    }
    return out;
  }

  /** The prefecture-level city holding the division (a municipality is its own city). */
  public Optional<Division> city(Division d) {
    return chain(d).stream().filter(x -> x.level() == Level.CITY || x.isMunicipality()).findFirst();
  }

  /** The province holding the division (itself for a province). */
  public Optional<Division> province(Division d) {
    return chain(d).stream().filter(x -> x.level() == Level.PROVINCE).findFirst();
  }

  /** The country row, 全国. */
  public Division country() {
    return byCode.get("100000");
  }
}
