package zonekg.extract.statistic;

import java.util.List;
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

  public Comparison {
    comparands = List.copyOf(comparands);
    Checks.argument(!comparands.isEmpty(), "comparison without comparand");
  }

  /** The comparand for the {@code index}-th number of a list of {@code size} numbers. */
  public String comparandFor(int index, int size) {
    return comparands.size() == size && index < size ? comparands.get(index) : comparands.get(0);
  }

  /**
   * The region or period the {@code index}-th number is compared with: the comparand as printed, or the region
   * it is the aggregate of.
   */
  public String referenceFor(int index, int size) {
    String comparand = comparandFor(index, size);
    Matcher of = REGION_WIDE_OF.matcher(comparand);
    if (of.matches()) {
      return of.group(1);
    }
    Matcher whole = NAMED_WHOLE.matcher(comparand);
    return whole.matches() ? whole.group(1) : comparand;
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
