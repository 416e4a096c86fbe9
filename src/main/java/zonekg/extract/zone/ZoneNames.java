package zonekg.extract.zone;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Canonical form of a zone name, shared by every spelling of one zone: official long forms
 * become the short form the press uses (无锡国家高新技术产业开发区 → 无锡高新区).
 */
public final class ZoneNames {
  private static final Pattern BARE_KIND = Pattern.compile("(?:国家级)?(?:综合保税区|保税港区|保税区|经济技术开发区|经济开发区"
      + "|高新技术产业开发区|开发区|高新区|经开区|综保区|示范区|实验区|合作区|新区|园区|片区|自贸区)");
  private static final Pattern DECLARED_SHORT_NAME =
      Pattern.compile("\\s?[（(](?:以下简称|下称|简称)[“\"]?(\\p{IsHan}{2,12})[”\"]?[)）]");
  /** Long official suffix → the short suffix newspapers use for the same kind of zone. */
  private static final List<String[]> SHORTENINGS = List.of(
      new String[] {"国家高新技术产业开发区", "高新区"},
      new String[] {"高新技术产业开发区", "高新区"},
      new String[] {"高新技术产业园区", "高新区"},
      new String[] {"高技术产业开发区", "高新区"},
      new String[] {"新技术产业开发区", "高新区"},
      new String[] {"高新技术开发区", "高新区"},
      new String[] {"新兴技术开发区", "开发区"},
      new String[] {"新技术开发区", "高新区"},
      new String[] {"国家高新区", "高新区"},
      new String[] {"国家级高新区", "高新区"},
      new String[] {"国家级经开区", "经开区"},
      new String[] {"国家经开区", "经开区"},
      new String[] {"国家经济技术开发区", "经开区"},
      new String[] {"经济技术开发区", "经开区"},
      new String[] {"经济开发区", "经开区"},
      new String[] {"综合保税区", "综保区"},
      new String[] {"转型综合改革示范区", "综改示范区"});
  /** 中国（浙江）自由贸易试验区宁波片区 is 浙江自贸试验区宁波片区. */
  private static final Pattern FREE_TRADE_PROVINCE = Pattern.compile("^中国[（(](\\p{IsHan}{2,3})[)）](?=自由贸易试验区)");
  /** 济南市高新区 and 济南高新区 are one zone: drop the city suffix before a zone suffix. */
  private static final Pattern CITY_MARK = Pattern.compile("^(\\p{IsHan}{2,})市(?=\\p{IsHan}*区$)");

  private static final Pattern KIND = Pattern.compile("(?:高新区|经开区|开发区|新区|综保区|保税港区|片区|综改示范区|示范区|园区)$");
  private static final String FREE_TRADE_ZONE = "自贸试验区";
  private static final String INTERNATIONAL = "国际";
  /** The shortest own name a zone goes by (西永, 象屿). */
  private static final int MIN_OWN = 2;
  private static final String SECTION = "片区";

  private ZoneNames() {}

  /**
   * The short name a text declares for a zone right after naming it in full: 某某经济综合实验区（以下简称某某港区）. Only a
   * bracket that says 简称, as a bare bracket after a zone's name is as often a place or a rank.
   */
  public static Optional<String> declaredShortName(String text, int afterName) {
    Matcher declared = DECLARED_SHORT_NAME.matcher(text).region(afterName, text.length());
    // （以下简称示范区）: a bare kind of zone is how the text refers back to its main zone, no name
    return declared.lookingAt() && !BARE_KIND.matcher(declared.group(1)).matches()
        ? Optional.of(declared.group(1)) : Optional.empty();
  }

  /**
   * The section a free-trade zone's area is known by on its own (中国（河北）自由贸易试验区曹妃甸片区 → 曹妃甸片区), or empty
   * for any other name.
   */
  public static Optional<String> freeTradeSection(String name) {
    String n = canonical(name);
    int at = n.lastIndexOf(FREE_TRADE_ZONE);
    String section = at < 0 ? "" : n.substring(at + FREE_TRADE_ZONE.length());
    return section.length() > SECTION.length() + 1 && section.endsWith(SECTION) ? Optional.of(section)
        : Optional.empty();
  }

  /**
   * {@code rest}, a zone's short form without its place (国际铁路港经开区), and it without the 国际 that short forms drop
   * (铁路港经开区) when an own name of two characters or more is left; none for an empty {@code rest}.
   */
  public static Stream<String> ownForms(String rest) {
    if (rest.isEmpty()) {
      return Stream.empty();
    }
    boolean international = rest.startsWith(INTERNATIONAL) && stem(rest).length() - INTERNATIONAL.length() >= MIN_OWN;
    return international ? Stream.of(rest, rest.substring(INTERNATIONAL.length())) : Stream.of(rest);
  }

  /** A zone's own name, without its kind (无锡高新区 → 无锡, 净月高新区 → 净月); empty when it has none. */
  public static String stem(String name) {
    String n = canonical(name);
    Matcher kind = KIND.matcher(n);
    return kind.find() ? n.substring(0, kind.start()) : "";
  }

  public static String canonical(String name) {
    String n = FREE_TRADE_PROVINCE.matcher(name.replaceAll("\\s+", "")).replaceFirst("$1")
        .replace("自由贸易试验区", "自贸试验区");
    for (String[] s : SHORTENINGS) {
      if (n.endsWith(s[0]) && n.length() > s[0].length()) {
        n = n.substring(0, n.length() - s[0].length()) + s[1];
        break;
      }
    }
    return CITY_MARK.matcher(n).replaceFirst("$1");
  }
}
