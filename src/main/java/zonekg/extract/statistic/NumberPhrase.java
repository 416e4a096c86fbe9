package zonekg.extract.statistic;

import java.math.BigDecimal;
import zonekg.doc.Approx;
import zonekg.doc.Checks;
import zonekg.doc.Span;

/**
 * A number with its unit and approximation markers as printed in one sentence: "超2100亿元" →
 * value 2100, unit 亿元, OVER.
 *
 * @param number where the digits (or 首位, 第一, 1/7) lie in the normalised text
 * @param whole the number with its markers and unit
 * @param value the printed value (1/7 → 0.142857)
 * @param unit the printed unit, "fraction" for fractions, 位 for ranks, or null
 * @param approx the approximation the markers state, or null
 * @param shape what grammatical form the number takes
 */
public record NumberPhrase(Span number, Span whole, BigDecimal value, String unit, Approx approx, Shape shape) {
  /** The grammatical form of a number phrase. */
  public enum Shape {
    /** A cardinal: 2057家, 两轮, 738.6亿元. */
    PLAIN,
    /** A part of a whole: 1/7, 三分之一. */
    FRACTION,
    /** A place in an order: 首位, 第65位, 名列第三. */
    RANK,
    /** Two places of 1 at once, for two coordinated subjects: 双第一. */
    DOUBLE_RANK,
    /** An order of magnitude used as a class: 百亿级企业 (at least 100 亿元). */
    LEVEL,
    /** The largest in a place, a first place: 我国北方最大的激光装备产业基地. */
    SUPERLATIVE,
    /** A doubling stated as 翻番: 翻了一番 (2倍), 翻两番 (4倍). */
    DOUBLING,
    /** The N-th of a running tally, so N so far: 今年以来举办的第4场招聘会. */
    TALLY
  }

  public NumberPhrase {
    Checks.argument(whole.contains(number), "number %s outside its phrase %s", number, whole);
    Checks.notNull(value, "value");
    Checks.notNull(shape, "shape");
  }

  NumberPhrase withUnit(String newUnit, Span newWhole) {
    return new NumberPhrase(number, newWhole, value, newUnit, approx, shape);
  }

  NumberPhrase withApprox(Approx newApprox) {
    return new NumberPhrase(number, whole, value, unit, newApprox, shape);
  }
}
