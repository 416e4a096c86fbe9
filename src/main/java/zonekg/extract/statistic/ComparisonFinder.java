package zonekg.extract.statistic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comparison a clause makes before its number: 比X(增速)(分别)高 / 较X增加 with the
 * comparands before the verb, 领先X / 超过X平均水平 with them after it.
 */
public final class ComparisonFinder {
  /**
   * What follows the comparand: its rate or level; 同期 only where it is no part of a period (去年同期); and how
   * much (大幅, 略).
   */
  private static final String BASE_WORDS =
      "(?:的)?(?:增速|增幅|平均水平|水平|(?<!去年|上年|前年)同期)?(?:分别|均)?(?:大幅|明显|显著|略|稍|进一步)?";
  /** 比 that compares: not of 占比, 比重, 比例, nor of the company 比亚迪. */
  private static final String THAN = "(?<!占)比(?![重例]|亚迪)";
  private static final Pattern VERB_AFTER = Pattern.compile("(?:" + THAN + "|较|相比|相较)(?<x>[^，,；;。]+?)" + BASE_WORDS
      + "(?<v>高出|高于|低于|高(?!新|技术)|低|快|慢|多|少|提高|提升|增加|下降|减少|回落|扩大|缩小|收窄|加快|放缓|前移|后移)");
  private static final Pattern VERB_BEFORE = Pattern.compile("(?<v>领先|高于|低于|快于|超过|超出)了?+(?<x>[^，,；;。\\d]+?)"
      + BASE_WORDS + "$");
  /** "增速达到济南市的1.5倍", "约为去年同期100倍": the reference a multiple is taken of. */
  private static final Pattern MULTIPLE_OF =
      Pattern.compile("(?:是|为|达到?|相当于)(?<x>\\d{4}年(?:同期)?|[^，,；;。\\d是为达到]{2,10}?)的?$");
  /**
   * "比上年末多87家", "较年初净增", "同比增长1.3倍", "较上年上升3位", "比上年缩短18天": the base a change is counted from,
   * named right before the number (同比 names the same period of the year before).
   */
  private static final Pattern CHANGE_BASE = Pattern.compile("(?:(?<same>同)比|(?:" + THAN + "|较)(?<x>\\d{4}年(?:同期)?|[^，,；;。\\d]{1,10}?))"
      + "(?:净增加|净增|新增|增加|增长|多|净减少|减少|少|下降|上升|提升|前进|前移|跃升|下滑|后退|后移|缩短|压缩)了?"
      + "(?:约|近|超过?|逾|达)?$");
  /** The period 同比 compares with. */
  private static final String SAME_PERIOD_LAST_YEAR = "上年同期";
  private static final Pattern SPLIT = Pattern.compile("[、和及与]");
  /** 是全市平均水平的3倍: the average of a region is compared as the region. */
  private static final Pattern AVERAGE = Pattern.compile("的?(?:平均水平|平均|水平)$");

  /** The comparison in {@code clauseBefore}, the clause's text up to the (first) number. */
  public Optional<Comparison> find(String clauseBefore) {
    Matcher after = VERB_BEFORE.matcher(clauseBefore);
    if (after.find()) {
      return comparison(after.group("x"), after.group("v"), false);
    }
    Matcher m = VERB_AFTER.matcher(clauseBefore);
    Comparison last = null;
    while (m.find()) {
      last = comparison(m.group("x"), m.group("v"), true).orElse(last);
    }
    return Optional.ofNullable(last);
  }

  /** The reference in {@code clauseBefore} that a multiple (n倍) right after it is taken of. */
  public Optional<Comparison> findMultiple(String clauseBefore) {
    Matcher m = MULTIPLE_OF.matcher(clauseBefore);
    return m.find() ? comparison(m.group("x"), "倍", false) : Optional.empty();
  }

  /** The base the change right after {@code clauseBefore} is counted from: 比上年末多87家 → 上年末. */
  public Optional<Comparison> findChangeBase(String clauseBefore) {
    Matcher m = CHANGE_BASE.matcher(clauseBefore);
    if (!m.find()) {
      return Optional.empty();
    }
    return m.group("same") != null
        ? Optional.of(new Comparison(List.of(SAME_PERIOD_LAST_YEAR), "增长", true))
        : comparison(m.group("x"), "增长", true);
  }

  private static Optional<Comparison> comparison(String comparands, String verb, boolean before) {
    List<String> parts = Arrays.stream(SPLIT.split(comparands))
        .map(s -> AVERAGE.matcher(s.strip()).replaceFirst(""))
        .filter(s -> !s.isEmpty())
        .toList();
    return parts.isEmpty() ? Optional.empty() : Optional.of(new Comparison(parts, verb, before));
  }
}
