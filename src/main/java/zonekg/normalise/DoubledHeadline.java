package zonekg.normalise;

import java.util.Optional;

/**
 * Undoes the doubling that PDF extraction gives bold headlines: every run of one kind of
 * character is printed twice ("安阳高新区安阳高新区““三个打造三个打造””" → "安阳高新区“三个打造”").
 * A line counts as doubled only if all its runs are, and one doubled piece is at least
 * {@link #MIN_EVIDENCE} characters long, so that body text like "研究研究" is left alone.
 */
final class DoubledHeadline {
  static final int MIN_EVIDENCE = 3;
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
      CharClass kind = CharClass.of(line.charAt(i));
      int end = i + 1;
      while (end < line.length() && CharClass.of(line.charAt(end)) == kind) {
        end++;
      }
      if (kind == CharClass.SPACE) {
        out.append(line, i, end);
      } else {
        int longest = keepOnce(line, i, end, out);
        if (longest == 0) {
          return Optional.empty();
        }
        evidence |= longest >= MIN_EVIDENCE;
      }
      i = end;
    }
    return evidence ? Optional.of(out) : Optional.empty();
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
