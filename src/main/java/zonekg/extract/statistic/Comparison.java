package zonekg.extract.statistic;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Checks;

/**
 * What a difference is measured against, read from the clause: "比山东省、济南市增速分别高" →
 * comparands [山东省, 济南市], verb 高.
 *
 * @param comparands the regions or periods compared with, in the order printed
 * @param verb the comparing verb as printed (高, 提高, 领先, 超过 …), or 倍 for a multiple of the comparand
 * @param before true when the comparands stand before the verb (比X高), false when after (领先X)
 */
public record Comparison(List<String> comparands, String verb, boolean before) {
  /** 全省综保区, 全区外贸: the aggregate of a whole region is compared as that region (全省, 全区). */
  private static final Pattern REGION_WIDE_OF = Pattern.compile("^(全省|全市|全区|全国)\\S+");
  /** 宁夏全区, 山东全省: the named region as a whole. */
  private static final Pattern NAMED_WHOLE = Pattern.compile("^(\\S{2,}?)(?:全省|全市|全区)$");
  /**
   * 全疆, 全川, 全粤: a province by its one-character abbreviation, whole; only those no other word after 全 shares
   * (not 全新, 全国 or 全青).
   */
  private static final Map<Character, String> PROVINCE_ABBREVIATIONS = Map.ofEntries(Map.entry('京', "北京"),
      Map.entry('津', "天津"), Map.entry('沪', "上海"), Map.entry('渝', "重庆"), Map.entry('冀', "河北"),
      Map.entry('晋', "山西"), Map.entry('辽', "辽宁"), Map.entry('鲁', "山东"), Map.entry('豫', "河南"),
      Map.entry('鄂', "湖北"), Map.entry('湘', "湖南"), Map.entry('粤', "广东"), Map.entry('琼', "海南"),
      Map.entry('川', "四川"), Map.entry('蜀', "四川"), Map.entry('黔', "贵州"), Map.entry('滇', "云南"),
      Map.entry('陕', "陕西"), Map.entry('陇', "甘肃"), Map.entry('桂', "广西"), Map.entry('藏', "西藏"),
      Map.entry('疆', "新疆"), Map.entry('皖', "安徽"), Map.entry('闽', "福建"), Map.entry('赣', "江西"),
      Map.entry('浙', "浙江"), Map.entry('苏', "江苏"));
  private static final char WHOLE = '全';

  public Comparison {
    comparands = List.copyOf(comparands);
    Checks.argument(!comparands.isEmpty(), "comparison without comparand");
  }

  /** The comparand for the {@code index}-th number of a list of {@code size} numbers. */
  public String comparandFor(int index, int size) {
    return comparands.size() == size && index < size ? comparands.get(index) : comparands.get(0);
  }

  /**
   * The region or period the {@code index}-th number is compared with: the comparand as printed, the region it is
   * the aggregate of, or the province a whole abbreviated names (全疆 → 新疆).
   */
  public String referenceFor(int index, int size) {
    String comparand = comparandFor(index, size);
    Matcher of = REGION_WIDE_OF.matcher(comparand);
    if (of.matches()) {
      return of.group(1);
    }
    Matcher whole = NAMED_WHOLE.matcher(comparand);
    if (whole.matches()) {
      return whole.group(1);
    }
    boolean abbreviated = comparand.length() == 2 && comparand.charAt(0) == WHOLE;
    return abbreviated ? PROVINCE_ABBREVIATIONS.getOrDefault(comparand.charAt(1), comparand) : comparand;
  }

  /** How the indicator names the comparison: 高于山东省, 比一季度提高, 领先全国. */
  public String phrase(String comparand) {
    if (verb.equals("倍")) {
      return "为" + comparand + "倍数";
    }
    if (!before) {
      return verb + comparand;
    }
    return switch (verb) {
      case "高", "高出", "快", "多" -> "高于" + comparand;
      case "低", "慢", "少" -> "低于" + comparand;
      default -> verb.endsWith("于") ? verb + comparand : "比" + comparand + verb;
    };
  }
}
