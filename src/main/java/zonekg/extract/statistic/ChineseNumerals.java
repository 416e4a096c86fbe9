package zonekg.extract.statistic;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Values of numbers written in Chinese characters below ten thousand (两 → 2, 十四 → 14,
 * 三百零五 → 305, 百 → 100); 万 and 亿 are left to the unit (千万元 = 千 × 万元).
 */
public final class ChineseNumerals {
  /** Characters that may make up such a number. */
  public static final String CHARS = "零〇一二两三四五六七八九十百千";

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** The value of {@code text}, or empty when it is not a well-formed numeral. */
  public static Optional<BigDecimal> parse(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    long total = 0;
    long digit = -1;
    long lastScale = Long.MAX_VALUE;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digitOf(c);
      if (d >= 0) {
        if (digit > 0) {
          return Optional.empty();
        }
        digit = d;
        continue;
      }
      long scale = scaleOf(c);
      if (scale < 0 || scale >= lastScale) {
        return Optional.empty();
      }
      total += (digit < 0 ? 1 : digit) * scale;
      digit = -1;
      lastScale = scale;
    }
    if (digit > 0) {
      total += digit;
    }
    return Optional.of(BigDecimal.valueOf(total));
  }

  private static int digitOf(char c) {
    if (c == '两') {
      return 2;
    }
    if (c == '〇') {
      return 0;
    }
    return DIGITS.indexOf(c);
  }

  private static long scaleOf(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> -1;
    };
  }
}
