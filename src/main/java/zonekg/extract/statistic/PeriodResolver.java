package zonekg.extract.statistic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.extract.FirstCharPattern;

/**
 * Pins printed periods to calendar dates. The document year is inferred from the text: the latest
 * year printed with a part of a year or a cut-off date (2023年前三季度, 截至2023年11月底,
 * 2020年上半年), as news reports the current year's figures that way; relative periods (今年,
 * 去年, 上半年, 1-10月) are then read against it.
 */
public final class PeriodResolver {
  private static final String DIGITS = "0123456789";
  /** A year printed with a part of it, or after 截至: evidence of the year the text was written. */
  private static final FirstCharPattern CURRENT_YEAR = new FirstCharPattern(Pattern.compile(
      "(?<![到迄\\d])(?<![^截]至)(\\d{4})年(?=前?[一二三四1-4]?季度|第[一二三四]季度|[上下]半年|\\d{1,2}月|年?底|年末|以来)"),
      DIGITS);
  private static final FirstCharPattern ANY_YEAR =
      new FirstCharPattern(Pattern.compile("(?<![到迄\\d])(?<![^截]至)(\\d{4})年"), DIGITS);
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})[-—~～至到](\\d{4})年");
  private static final Pattern MONTH_RANGE = Pattern.compile("(\\d{1,2})[-—~～至到](\\d{1,2})月");
  private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(?:份)?(?:(\\d{1,2})日)?");
  private static final Pattern QUARTER = Pattern.compile("(前)?第?([一二三四1-4])季度");
  private static final int EARLIEST = 1949;
  private static final int LATEST = 2100;

  private final Integer docYear;

  /** A resolver for a text whose year is {@code docYear}, or null when unknown. */
  public PeriodResolver(Integer docYear) {
    this.docYear = docYear;
  }

  /** A resolver for {@code text}, its year inferred with {@link #inferYear}. */
  public static PeriodResolver forText(String text) {
    OptionalInt year = inferYear(text);
    return new PeriodResolver(year.isPresent() ? year.getAsInt() : null);
  }

  /** The year the text reports on: the latest year printed with a part of a year, else the latest year printed. */
  public static OptionalInt inferYear(String text) {
    OptionalInt current = latest(CURRENT_YEAR, text);
    return current.isPresent() ? current : latest(ANY_YEAR, text);
  }

  private static OptionalInt latest(FirstCharPattern pattern, String text) {
    int best = -1;
    for (MatchResult m : pattern.findAll(text)) {
      int y = Integer.parseInt(m.group(1));
      if (y >= EARLIEST && y <= LATEST) {
        best = Math.max(best, y);
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The document year this resolver reads relative periods against, if known. */
  public Optional<Integer> docYear() {
    return Optional.ofNullable(docYear);
  }

  /** {@code label} as dates, or empty when it names no calendar interval (目前, 运行3个月以来) or the year is unknown. */
  public Optional<ResolvedPeriod> resolve(String label) {
    Matcher range = YEAR_RANGE.matcher(label);
    if (range.find()) {
      return Optional.of(new ResolvedPeriod(label, LocalDate.of(Integer.parseInt(range.group(1)), 1, 1),
          LocalDate.of(Integer.parseInt(range.group(2)), 12, 31)));
    }
    Optional<Integer> year = yearOf(label);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    int y = year.get();
    LocalDate[] interval;
    try {
      interval = partOfYear(label.replaceFirst("^截至", ""), y);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (interval == null) {
      return Optional.empty();
    }
    LocalDate start = label.startsWith("截至") || label.endsWith("底前") || label.endsWith("年底前") ? null : interval[0];
    return Optional.of(new ResolvedPeriod(label, start, interval[1]));
  }

  private Optional<Integer> yearOf(String label) {
    Matcher explicit = EXPLICIT_YEAR.matcher(label);
    if (explicit.find()) {
      return Optional.of(Integer.parseInt(explicit.group(1)));
    }
    if (docYear == null) {
      return Optional.empty();
    }
    if (label.contains("去年") || label.contains("上年")) {
      return Optional.of(docYear - 1);
    }
    if (label.contains("前年")) {
      return Optional.of(docYear - 2);
    }
    if (label.contains("明年")) {
      return Optional.of(docYear + 1);
    }
    boolean relative = label.contains("今年") || label.contains("当年") || label.contains("半年")
        || label.contains("季度") || label.contains("月") || label.contains("年底") || label.contains("年内");
    return relative ? Optional.of(docYear) : Optional.empty();
  }

  /** [start, end] of the part of year {@code y} the label names; the whole year when it names none. */
  private static LocalDate[] partOfYear(String label, int y) {
    Matcher months = MONTH_RANGE.matcher(label);
    if (months.find()) {
      return new LocalDate[] {monthStart(y, months.group(1)), monthEnd(y, months.group(2))};
    }
    Matcher quarter = QUARTER.matcher(label);
    if (quarter.find()) {
      int q = "一二三四".indexOf(quarter.group(2)) + 1;
      q = q == 0 ? Integer.parseInt(quarter.group(2)) : q;
      LocalDate end = YearMonth.of(y, q * 3).atEndOfMonth();
      LocalDate start = quarter.group(1) != null ? LocalDate.of(y, 1, 1) : LocalDate.of(y, q * 3 - 2, 1);
      return new LocalDate[] {start, end};
    }
    if (label.contains("上半年")) {
      return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30)};
    }
    if (label.contains("下半年")) {
      return new LocalDate[] {LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)};
    }
    Matcher day = MONTH_DAY.matcher(label);
    if (day.find()) {
      int month = Integer.parseInt(day.group(1));
      if (month < 1 || month > 12) {
        return null;
      }
      if (day.group(2) != null) {
        LocalDate d = LocalDate.of(y, month, Integer.parseInt(day.group(2)));
        return new LocalDate[] {d, d};
      }
      return new LocalDate[] {monthStart(y, day.group(1)), monthEnd(y, day.group(1))};
    }
    return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
  }

  private static LocalDate monthStart(int y, String month) {
    return LocalDate.of(y, Integer.parseInt(month), 1);
  }

  private static LocalDate monthEnd(int y, String month) {
    return YearMonth.of(y, Integer.parseInt(month)).atEndOfMonth();
  }
}
