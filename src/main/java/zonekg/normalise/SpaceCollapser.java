package zonekg.normalise;

import zonekg.doc.LineShapes;

/**
 * Removes the spaces PDF extraction puts between characters ("作 为 济 南 市", "16.7 %",
 * "1 300 亿元", "5 2 0 家"): Chinese needs none, so a space survives only between two Latin words or
 * numbers ("Tech Park", "12 13"), and not even there when it splits a number into thousands or spaces out
 * its single digits. The wide gap between a table's cells becomes one tab, the cell separator tables are read by.
 */
final class SpaceCollapser {
  /** Digits in a thousands group: "1 300" is one number, "12 13" two. */
  static final int GROUP_DIGITS = 3;
  /** The longest Latin unit a spaced number may end with: P, MW, GWh, PFlops. */
  private static final int MAX_LATIN_UNIT = 6;
  /** The fewest spaces that part the cells of a table printed as text. */
  private static final int MIN_GAP_SPACES = 2;

  private SpaceCollapser() {}

  static MappedText collapse(MappedText text) {
    MappedText out = new MappedText();
    int i = 0;
    while (i < text.length()) {
      if (CharClass.of(text.charAt(i)) != CharClass.SPACE) {
        out.append(text.charAt(i), text.sourceOf(i));
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && CharClass.of(text.charAt(end)) == CharClass.SPACE) {
        end++;
      }
      if (isCellGap(text, i, end)) {
        out.append(LineShapes.CELL_GAP, text.sourceOf(i));
      } else if (keepsSpace(text, i, end)) {
        out.append(' ', text.sourceOf(i));
      }
      i = end;
    }
    return out;
  }

  /** Whether the spaces {@code [from, to)} separate two words. */
  private static boolean keepsSpace(MappedText text, int from, int to) {
    if (from == 0 || to == text.length()) {
      return false;
    }
    char left = text.charAt(from - 1);
    char right = text.charAt(to);
    if (!CharClass.isWord(left) || !CharClass.isWord(right)) {
      return false;
    }
    return !isThousandsGroup(text, from, to) && !isLetterSpacedDigit(text, from, to) && !isSplitNumber(text, from, to);
  }

  /**
   * "某某有限公司  某某项目  投资12亿元", "1  某某项目": a tab, or two or more spaces between words of two or more characters, or
   * after a paragraph's opening number, are the gap between the cells of a flattened table or the fields of a page
   * header, which a tab keeps apart; letter-spaced characters ("高  新  区") have one character between gaps.
   */
  static boolean isCellGap(CharSequence text, int from, int to) {
    if (from == 0 || to >= text.length()
        || CharClass.of(text.charAt(from - 1)) == CharClass.LATIN && CharClass.of(text.charAt(to)) == CharClass.LATIN) {
      // "Tech  Park": Latin words keep one space between them, however wide
      return false;
    }
    int before = from - wordBefore(text, from);
    int after = to + wordAfter(text, to);
    boolean cellBefore = from - before >= 2 || before == 0 && Character.isDigit(text.charAt(0))
        || isLoneCell(text, before, from);
    boolean cellAfter = after - to >= 2 || isLoneCell(text, to, after);
    // （记者　某某　通讯员　某某）: the words of a bracket are spaced apart, not cells; asked last, as it rescans the line
    return isWide(text, from, to) && cellBefore && cellAfter && !inBracket(text, from);
  }

  private static boolean isWide(CharSequence text, int from, int to) {
    return to - from >= MIN_GAP_SPACES || text.subSequence(from, to).chars().anyMatch(c -> c == LineShapes.CELL_GAP);
  }

  /**
   * "有效发明专利      件      18642      13.8", "比重      %      62.4      —": a one-character cell (a unit, a dash for no
   * figure) stands between wider cells, or last on its line after one; a letter-spaced word ("高  新  区") has
   * one-character neighbours. The word is {@code [from, to)}.
   */
  private static boolean isLoneCell(CharSequence text, int from, int to) {
    if (to - from != 1 || from == 0 || text.charAt(from - 1) == '\n') {
      return false;
    }
    int gapStart = from;
    while (gapStart > 0 && CharClass.of(text.charAt(gapStart - 1)) == CharClass.SPACE) {
      gapStart--;
    }
    int gapEnd = to;
    while (gapEnd < text.length() && CharClass.of(text.charAt(gapEnd)) == CharClass.SPACE) {
      gapEnd++;
    }
    boolean lineEnd = gapEnd == text.length() || text.charAt(gapEnd) == '\n';
    return isWide(text, gapStart, from) && wordBefore(text, gapStart) >= 2
        && (lineEnd || isWide(text, to, gapEnd) && wordAfter(text, gapEnd) >= 2);
  }

  private static int wordBefore(CharSequence text, int end) {
    int start = end;
    while (start > 0 && !isBlank(text.charAt(start - 1))) {
      start--;
    }
    return end - start;
  }

  private static int wordAfter(CharSequence text, int start) {
    int end = start;
    while (end < text.length() && !isBlank(text.charAt(end))) {
      end++;
    }
    return end - start;
  }

  private static boolean inBracket(CharSequence text, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        depth = 0;
      } else if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private static boolean isBlank(char c) {
    CharClass kind = CharClass.of(c);
    return kind == CharClass.SPACE || kind == CharClass.NEWLINE;
  }

  /**
   * "值5 02.7亿元", "达到2 17家", "，20 23年", "超 过 1 30家": a number split once, between Chinese or its punctuation
   * (maybe letter-spaced) before it and its unit, is one number; cells of a table spaced apart ("486.3 8.2") follow a
   * word.
   */
  private static boolean isSplitNumber(MappedText text, int from, int to) {
    int before = digitsBackwards(text, from - 1);
    if (before == 0 || before > GROUP_DIGITS) {
      return false;
    }
    int start = from - 1 - before;
    for (int joint = jointStart(text, start); joint < start && digitsBackwards(text, joint) > 0;
        joint = jointStart(text, start)) {
      start = joint - digitsBackwards(text, joint);
    }
    if (start < 0 || !CharClass.isWide(text.charAt(start)) && !isLetterSpacing(text, start)) {
      return false;
    }
    int end = to + digitsForwards(text, to);
    if (end == to) {
      return false;
    }
    // "收入6 84 2. 5亿元": the same noise may split one number more than once, before its decimal point or after it
    for (int joint = jointEnd(text, end); joint > end && digitsForwards(text, joint) > 0; joint = jointEnd(text, end)) {
      end = joint + digitsForwards(text, joint);
    }
    // "超 过 1 30" + "家": a line may break between the number and its unit
    int unit = end < text.length() && CharClass.of(text.charAt(end)) == CharClass.NEWLINE ? end + 1 : end;
    return unit < text.length() && (CharClass.of(text.charAt(unit)) == CharClass.HAN || text.charAt(unit) == '%');
  }

  /**
   * "总 数 超 过 1 30家": a single space after a Chinese character that has one before it too, as letter-spaced text
   * puts between all its characters; not the space after a row's name ("地区生产总值 486.3 8.2").
   */
  private static boolean isLetterSpacing(MappedText text, int at) {
    return at > 2
        && CharClass.of(text.charAt(at)) == CharClass.SPACE && CharClass.of(text.charAt(at - 1)) == CharClass.HAN
        && CharClass.of(text.charAt(at - 2)) == CharClass.SPACE && CharClass.of(text.charAt(at - 3)) == CharClass.HAN;
  }

  /**
   * Back over a single space from {@code at} (the character before a run of digits): where the run before it would
   * end; {@code at} itself when no such space stands there. Digits after a decimal point and a space ("486.3 8.2")
   * are the next number.
   */
  private static int jointStart(MappedText text, int at) {
    boolean single = at > 0 && CharClass.of(text.charAt(at)) == CharClass.SPACE
        && CharClass.of(text.charAt(at - 1)) != CharClass.SPACE;
    return single ? at - 1 : at;
  }

  /**
   * Past a decimal point, a single space, or both in either order ("2. 5", "6 .4"), from {@code at}: what may stand
   * between two runs of one number.
   */
  private static int jointEnd(MappedText text, int at) {
    int i = at;
    boolean point = i < text.length() && text.charAt(i) == '.';
    if (point) {
      i++;
    }
    if (i + 1 < text.length() && CharClass.of(text.charAt(i)) == CharClass.SPACE
        && CharClass.of(text.charAt(i + 1)) != CharClass.SPACE) {
      i++;
    }
    if (!point && i > at && i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    return i;
  }

  /**
   * "5 2 0 家", "2 0 2 3 年": single digits spaced like the characters around them are one number; so are the digits
   * a line break left unspaced after them ("3 0" + "00万剂").
   */
  private static boolean isLetterSpacedDigit(MappedText text, int from, int to) {
    int before = digitsBackwards(text, from - 1);
    int after = digitsForwards(text, to);
    int beforeRun = from - 1 - before;
    boolean spacedRun = beforeRun >= 1 && CharClass.of(text.charAt(beforeRun)) == CharClass.SPACE
        && CharClass.of(text.charAt(beforeRun - 1)) == CharClass.DIGIT;
    return before == 1 && (after == 1 || after > 1 && spacedRun);
  }

  private static boolean isThousandsGroup(MappedText text, int from, int to) {
    int before = digitsBackwards(text, from - 1);
    int after = digitsForwards(text, to);
    boolean afterEnds = latinUnitAt(text, to + after);
    return before >= 1 && before <= GROUP_DIGITS && after == GROUP_DIGITS && afterEnds
        && !(from - 1 - before >= 0 && text.charAt(from - 1 - before) == '.');
  }

  /**
   * Whether what follows a number at {@code at} lets it end there: anything but Latin letters, or a unit of a few
   * ("5 000P", "1 200PFlops"); a longer word ("15 128Gigabytes") may be a name's number.
   */
  private static boolean latinUnitAt(MappedText text, int at) {
    int end = at;
    while (end < text.length() && CharClass.of(text.charAt(end)) == CharClass.LATIN) {
      end++;
    }
    return end - at <= MAX_LATIN_UNIT && (end == text.length() || CharClass.of(text.charAt(end)) != CharClass.DIGIT);
  }

  private static int digitsBackwards(MappedText text, int at) {
    int n = 0;
    while (at - n >= 0 && CharClass.of(text.charAt(at - n)) == CharClass.DIGIT) {
      n++;
    }
    return n;
  }

  private static int digitsForwards(MappedText text, int at) {
    int n = 0;
    while (at + n < text.length() && CharClass.of(text.charAt(at + n)) == CharClass.DIGIT) {
      n++;
    }
    return n;
  }
}
