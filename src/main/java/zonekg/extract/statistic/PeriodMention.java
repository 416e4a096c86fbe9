package zonekg.extract.statistic;

import zonekg.doc.Checks;
import zonekg.doc.Span;

/**
 * A period as printed in a sentence ("2023年前三季度", "截至目前").
 *
 * @param span where it lies in the normalised text
 * @param label its text, spaces removed
 * @param comparand true when the period is what a figure is compared with (较2016年, 比上年同期)
 */
public record PeriodMention(Span span, String label, boolean comparand) {
  public PeriodMention {
    Checks.argument(!label.isBlank(), "empty period at %s", span);
  }
}
