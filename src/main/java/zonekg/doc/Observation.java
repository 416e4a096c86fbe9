package zonekg.doc;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One number stated in the text, with what it measures.
 *
 * @param subject name of the entity the number is about (a zone, enterprise, park or region)
 * @param subjectType its kind
 * @param indicator the noun phrase naming what is measured (服务业增加值)
 * @param value the number as printed, spaces removed (738.6)
 * @param unit the unit as printed after the number (亿元), or null
 * @param period the period as printed (2023年前三季度), or null
 * @param kind amount, growth, share …
 * @param approx over, about, under, or null when exact
 * @param comparedTo for a difference, the name of what it is compared with, or null
 * @param number where the number lies in the normalised text
 * @param sentence index of the sentence it was read from
 */
public record Observation(String subject, EntityType subjectType, String indicator, BigDecimal value, String unit,
    String period, StatKind kind, Approx approx, String comparedTo, Span number, int sentence)
    implements Serializable {
  public Observation {
    Checks.argument(!subject.isBlank(), "observation at %s without subject", number);
    Checks.argument(!indicator.isBlank(), "observation at %s without indicator", number);
    Checks.notNull(value, "value");
    Checks.notNull(kind, "kind");
  }
}
