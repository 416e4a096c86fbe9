package zonekg.normalise;

/** The kinds of character that PDF-extraction noise treats differently. */
enum CharClass {
  HAN, DIGIT, LATIN, SPACE, NEWLINE, OTHER;

  static CharClass of(char c) {
    if (c == '\n') {
      return NEWLINE;
    }
    if (isSpace(c)) {
      return SPACE;
    }
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return LATIN;
    }
    if (isHan(c)) {
      return HAN;
    }
    return OTHER;
  }

  /** A space of any width, but not a line break. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F';
  }

  static boolean isHan(char c) {
    if (c >= '\u4E00' && c <= '\u9FFF') {
      return true;
    }
    return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** ASCII letter or digit: the only neighbours between which a space can be meaningful. */
  static boolean isWord(char c) {
    CharClass k = of(c);
    return k == DIGIT || k == LATIN;
  }

  /** Printed two columns wide in a Chinese PDF column: Han, CJK punctuation, full-width forms. */
  static boolean isWide(char c) {
    return c >= '\u1100' && !(c >= '\uFF61' && c <= '\uFFDC');
  }
}
