package zonekg.normalise;

/**
 * Folds characters one by one: line ends to {@code \n}, every kind of space but the tab to ASCII space (the
 * ideographic space to two), full-width digits, Latin letters and ％ to ASCII (NFKC), control and zero-width characters
 * and the ** of bold markup out. Chinese punctuation (，。（）“”) stays as printed because it carries sentence structure.
 */
final class CharFolder {
  private static final int FULL_WIDTH_SHIFT = 0xFEE0;
  private static final String BOLD = "**";
  private static final char TAB = '\t';
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  private static final int THOUSANDS_DIGITS = 3;

  private CharFolder() {}

  static MappedText fold(String source) {
    MappedText out = new MappedText();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\r') {
        if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          continue;
        }
        out.append('\n', i);
      } else if (c == '\n') {
        out.append('\n', i);
      } else if (c == TAB) {
        // a tab parts a table's cells, which the layout needs to tell from spaces inside words
        out.append(TAB, i);
      } else if (c == IDEOGRAPHIC_SPACE) {
        // as wide as two: one between two words parts the cells of a table ("1　某某项目　某某有限公司")
        out.append(' ', i);
        out.append(' ', i);
      } else if (CharClass.isSpace(c)) {
        out.append(' ', i);
      } else if (isInvisible(c)) {
        continue;
      } else if (source.startsWith(BOLD, i)) {
        // **新增规上工业企业42家。**: a web page's bold markup, no word of the text
        i += BOLD.length() - 1;
      } else if (isFullWidthWordChar(c)) {
        out.append((char) (c - FULL_WIDTH_SHIFT), i);
      } else if (c == '，' && isThousandsSeparator(source, i)) {
        continue;
      } else if (c == '．' && isDecimalPoint(source, i, out)) {
        out.append('.', i);
      } else {
        out.append(c, i);
      }
    }
    return out;
  }

  private static boolean isInvisible(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  private static boolean isFullWidthWordChar(char c) {
    return isFullWidthDigit(c) || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％';
  }

  /**
   * １，０００亿元: a full-width comma between full-width digits, with three after it and no fourth, groups thousands; a
   * comma that parts a list of figures has its digits in half width (12，15) or a word after it.
   */
  private static boolean isThousandsSeparator(String source, int i) {
    int end = i + 1 + THOUSANDS_DIGITS;
    if (i == 0 || !isFullWidthDigit(source.charAt(i - 1)) || end > source.length()) {
      return false;
    }
    for (int k = i + 1; k < end; k++) {
      if (!isFullWidthDigit(source.charAt(k))) {
        return false;
      }
    }
    return end == source.length() || !isFullWidthDigit(source.charAt(end));
  }

  private static boolean isFullWidthDigit(char c) {
    return c >= '０' && c <= '９';
  }

  /** A full-width full stop between two digits is a decimal point, elsewhere it ends a sentence. */
  private static boolean isDecimalPoint(String source, int i, MappedText out) {
    if (out.isEmpty() || CharClass.of(out.last()) != CharClass.DIGIT || i + 1 >= source.length()) {
      return false;
    }
    char next = source.charAt(i + 1);
    return (next >= '0' && next <= '9') || isFullWidthDigit(next);
  }
}
