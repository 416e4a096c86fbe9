package zonekg.extract.statistic;

import java.time.LocalDate;
import zonekg.doc.Checks;

/**
 * A printed period pinned to dates: 今年1-10月 in a 2023 document → [2023-01-01, 2023-10-31].
 *
 * @param label the period as printed
 * @param start first day, or null when the text leaves it open (截至2023年11月底)
 * @param end last day
 */
public record ResolvedPeriod(String label, LocalDate start, LocalDate end) {
  public ResolvedPeriod {
    Checks.argument(!label.isBlank(), "empty period label");
    Checks.notNull(end, "end");
    Checks.argument(start == null || !start.isAfter(end), "period %s starts %s after it ends %s", label, start, end);
  }
}
