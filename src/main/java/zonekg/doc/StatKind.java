package zonekg.doc;

/** What sort of figure a statistic is. */
public enum StatKind {
  /** Money or output value: 738.6亿元. */
  AMOUNT,
  /** A number of things or people: 2057家. */
  COUNT,
  /** A growth rate: 同比增长7.9%. */
  GROWTH,
  /** A part of a whole: 占GDP比重55.5%. */
  SHARE,
  /** A position in an order: 居济南市首位. */
  RANK,
  /** How far above or below a reference: 比山东省高1.9个百分点. */
  DIFFERENCE,
  /** A planned or expected figure: 预计年底前突破1700家. */
  TARGET,
  /** Anything else quantitative. */
  OTHER
}
