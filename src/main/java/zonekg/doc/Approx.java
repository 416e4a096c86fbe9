package zonekg.doc;

/** How a printed number relates to the true figure. */
public enum Approx {
  /** 超, 超过, 突破, 以上, 逾, 余, 多. */
  OVER,
  /** 约, 近, 左右. */
  ABOUT,
  /** 不到, 不足. */
  UNDER
}
