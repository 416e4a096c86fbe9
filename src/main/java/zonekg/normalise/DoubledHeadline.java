package zonekg.normalise;

import java.util.Optional;

/**
 * Undoes the doubling that PDF extraction gives bold headlines: every run of one kind of
 * character is printed twice ("安阳高新区安阳高新区““三个打造三个打造””" → "安阳高新区“三个打造”").
 * Some PDFs double each character instead ("西西宁宁经经开开区区" → "西宁经开区"). A line counts as doubled only
 * if all its runs are, and one doubled piece is at least {@link #MIN_EVIDENCE} characters long or the line keeps
 * at least {@link #MIN_KEPT} characters, so that body text like "研究研究" or "天天" is left alone.
 */
final class DoubledHeadline {
  static final int MIN_EVIDENCE = 3;
  static final int MIN_KEPT = 4;
  /** Headlines are short; the cap also keeps the cubic search off long body lines. */
  static final int MAX_LINE = 160;

  private DoubledHeadline() {}

  /** The line with each doubled run kept once, or empty if the line is not a doubled headline. */
  static Optional<MappedText> undouble(MappedText line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    MappedText out = new MappedText();
    boolean evidence = false;
    int i = 0;
    while (i < line.length()) {
      boolean space = isSpace(line.charAt(i));
      int end = i + 1;
      while (end < line.length() && isSpace(line.charAt(end)) == space) {
        end++;
      }
      if (space) {
        out.append(line, i, end);
      } else {
        int longest = keepSegmentOnce(line, i, end, out);
        if (longest == 0) {
          return Optional.empty();
        }
        evidence |= longest >= MIN_EVIDENCE;
      }
      i = end;
    }
    return evidence || printed(out) >= MIN_KEPT ? Optional.of(out) : Optional.empty();
  }

  private static boolean isSpace(char c) {
    return CharClass.of(c) == CharClass.SPACE;
  }

  /**
   * Keeps once a segment between spaces that was printed twice as a whole ("前移9位前移9位", whose halves mix
   * characters of several kinds), run by run, or piece by piece across runs; returns the longest piece's length, or
   * 0 if it is not doubled.
   */
  private static int keepSegmentOnce(MappedText line, int from, int to, MappedText out) {
    int half = (to - from) / 2;
    if ((to - from) % 2 == 0 && regionEquals(line, from, from + half, half)) {
      out.append(line, from, from + half);
      return half;
    }
    MappedText kept = new MappedText();
    int longest = 0;
    int i = from;
    while (i < to) {
      CharClass kind = CharClass.of(line.charAt(i));
      int end = i + 1;
      while (end < to && CharClass.of(line.charAt(end)) == kind) {
        end++;
      }
      int piece = keepOnce(line, i, end, kept);
      if (piece == 0) {
        // pieces that span kinds of character: "增长8.1%增长8.1%" is "增长" and "8.1%" each printed twice
        return keepOnce(line, from, to, out);
      }
      longest = Math.max(longest, piece);
      i = end;
    }
    out.append(kept);
    return longest;
  }

  private static long printed(CharSequence text) {
    return text.chars().filter(c -> !Character.isWhitespace(c)).count();
  }

  /**
   * Cuts run {@code [from, to)} into pieces each printed twice, preferring the longest piece,
   * and appends one copy of each; returns the longest piece's length, or 0 if the run is not
   * made of doubled pieces.
   */
  private static int keepOnce(MappedText line, int from, int to, MappedText out) {
    MappedText kept = new MappedText();
    int longest = 0;
    int i = from;
    while (i < to) {
      int piece = doubledPieceAt(line, i, to);
      if (piece == 0) {
        return 0;
      }
      kept.append(line, i, i + piece);
      longest = Math.max(longest, piece);
      i += 2 * piece;
    }
    out.append(kept);
    return longest;
  }

  private static int doubledPieceAt(CharSequence s, int at, int to) {
    for (int piece = (to - at) / 2; piece >= 1; piece--) {
      if (regionEquals(s, at, at + piece, piece)) {
        return piece;
      }
    }
    return 0;
  }

  private static boolean regionEquals(CharSequence s, int a, int b, int length) {
    for (int k = 0; k < length; k++) {
      if (s.charAt(a + k) != s.charAt(b + k)) {
        return false;
      }
    }
    return true;
  }
}
