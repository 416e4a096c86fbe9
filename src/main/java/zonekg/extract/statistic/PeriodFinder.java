package zonekg.extract.statistic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Span;
import zonekg.extract.FirstCharPattern;

/**
 * Finds the periods a sentence states figures for: dates and years with their parts (2023年前三季度,
 * 今年1-10月, 今年前两个月, 截至2023年11月底, 2016-2019年), relative words (上半年, 去年, 目前, 年底前, 年末) and
 * clause-initial "…以来" phrases ("2023年以来", "运行3个月以来").
 */
public final class PeriodFinder {
  private static final String YEAR = "(?:\\d{4}|今|去|明|前|当|上)年";
  private static final String QUARTER = "(?:前[一二三]季度|第?[一二三四1-4]季度)";
  /** 前两个月, 前5个月: the first months of a year. */
  private static final String FIRST_MONTHS = "前(?:[两二三四五六七八九十]|十[一二]|\\d{1,2})个?月";
  private static final String PART = "(?:" + QUARTER + "|" + FIRST_MONTHS + "|[上下]半年|\\d{1,2}[-—~～至到]\\d{1,2}月(?:份)?"
      + "|\\d{1,2}月(?:份)?(?:\\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?|年?底前?|年?末|度|全年)";
  private static final FirstCharPattern PERIOD = new FirstCharPattern(Pattern.compile(String.join("|",
      "截至(?:目前|当前|现在|今天|(?:" + YEAR + ")?" + PART + "|\\d{4}年)",
      "\\d{4}[-—~～至到]\\d{4}年",
      YEAR + "(?:" + PART + ")?(?:以来)?",
      "(?:" + QUARTER + "|" + FIRST_MONTHS + "|[上下]半年)(?:以来)?",
      "\\d{1,2}[-—~～至]\\d{1,2}月(?:份)?",
      "\\d{1,2}月\\d{1,2}(?:[-—~～至]\\d{1,2})?日",
      "(?:成立|建区|建园|设立|开园)\\d+(?:周)?年来",
      "目前|当前|至今|年底前|年内|全年|年末|年底|近年来|多年来|近\\d+年|近[两三五十]年",
      // an anniversary's then and now: 十年前…如今…, 设立之初, 十年来
      "(?:\\d{1,2}|[一二三四五六七八九十两]{1,2})年(?:来|间|前)|如今|设立之初|成立之初|建区之初")),
      "截今去明前当上下第一二三四五六七八九十两成建设开目至年全近多如0123456789");
  /** A clause that opens with "…以来" dates its figures from an event: "行动计划实施以来". */
  private static final FirstCharPattern SINCE_CLAUSE =
      new FirstCharPattern(Pattern.compile("(?:^|[，,；;：:])([^，,；;。：:]{2,24}?以来)"), "，,；;：:");
  /** A calendar period the phrase ends with: 今年以来, 2023年以来, 年初以来. */
  private static final Pattern CALENDAR_SINCE = Pattern.compile("(?:今年|去年|年初|本年|\\d{4}年(?:初)?)以来$");
  /** 较2016年, and every period of a compared list: 比一季度、上半年分别提高. */
  private static final Pattern COMPARAND_BEFORE =
      Pattern.compile("(?:(?<![同环占])比|较|相比|相较|与|较之)(?:[^，,；;。\\d比较]{1,12}[、和与])?$");

  /** 由2020年的38%提高到…: the period a measure moved from, which dates that level only. */
  private static final String MOVED_FROM = "从由";
  private static final Pattern LEVEL_AFTER = Pattern.compile("的(?:不足|不到|约|近)?\\d");

  /** The verb before the period a multiple is taken of. */
  private static final Pattern MULTIPLE_OF = Pattern.compile("(?:为|是|达到?|相当于)$");
  /** "约为去年同期100倍", "分别是2020年的2.5倍": what follows the period is the multiple taken of it. */
  private static final Pattern MULTIPLE_AFTER = Pattern.compile("同期|的[\\d一二两三四五六七八九十]");

  /** The periods of {@code text}, whose first character is at {@code offset} in the document. */
  public List<PeriodMention> find(String text, int offset) {
    List<PeriodMention> out = new ArrayList<>();
    for (MatchResult since : SINCE_CLAUSE.findAll(text)) {
      // 某某高新区今年以来: a subject before a calendar period is no part of it
      Matcher calendar = CALENDAR_SINCE.matcher(since.group(1));
      int begin = calendar.find() ? since.start(1) + calendar.start() : since.start(1);
      out.add(mention(text, begin, since.end(1), offset));
    }
    for (MatchResult m : PERIOD.findAll(text)) {
      if (m.group().isEmpty() || startsMidNumber(text, m.start()) || inside(out, m.start() + offset)) {
        continue;
      }
      out.add(mention(text, m.start(), m.end(), offset));
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static boolean startsMidNumber(String text, int at) {
    return at > 0 && (Character.isDigit(text.charAt(at - 1))
        || text.charAt(at - 1) == '.' && at > 1 && Character.isDigit(text.charAt(at - 2)));
  }

  private static boolean inside(List<PeriodMention> found, int at) {
    return found.stream().anyMatch(p -> p.span().begin() <= at && at < p.span().end());
  }

  private static PeriodMention mention(String text, int begin, int end, int offset) {
    boolean comparand = COMPARAND_BEFORE.matcher(text.substring(0, begin)).find()
        || MULTIPLE_OF.matcher(text.substring(0, begin)).find()
        && MULTIPLE_AFTER.matcher(text.substring(end)).lookingAt()
        || begin > 0 && MOVED_FROM.indexOf(text.charAt(begin - 1)) >= 0
        && LEVEL_AFTER.matcher(text).region(end, text.length()).lookingAt();
    return new PeriodMention(new Span(offset + begin, offset + end), text.substring(begin, end), comparand);
  }
}
