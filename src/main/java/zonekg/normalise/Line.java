package zonekg.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed line of the source, trimmed, with what layout analysis needs to know about it.
 *
 * @param text the line without surrounding spaces (undoubled if it was a doubled headline)
 * @param newline the line break after it, or null on the last line
 * @param blanksBefore how many empty lines precede it
 * @param doubled whether it was printed as a doubled headline
 * @param boundaryBefore whether removed page furniture (a byline) suggests an article ended before it
 */
record Line(MappedText text, MappedText newline, int blanksBefore, boolean doubled, boolean boundaryBefore) {
  /** The sentence-final marks: a line ending in one of them (maybe plus closing quotes) ends a sentence. */
  static final String TERMINATORS = "。！？!?…";
  static final String CLOSERS = "”’」』）)》〉";
  /** Marks after which a line cannot end a heading: a clause goes on. */
  static final String CONTINUATIONS = "，,、";
  private static final String OPENERS = "“‘「『（(《〈";

  /** The non-empty lines of a folded text, each with its line break and preceding blank count. */
  static List<Line> split(MappedText folded) {
    List<Line> lines = new ArrayList<>();
    int blanks = 0;
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i < folded.length() && folded.charAt(i) != '\n') {
        continue;
      }
      MappedText text = folded.slice(start, i).trim();
      if (text.isEmpty()) {
        blanks++;
      } else {
        MappedText newline = i < folded.length() ? folded.slice(i, i + 1) : null;
        MappedText undoubled = DoubledHeadline.undouble(text).orElse(null);
        lines.add(new Line(undoubled == null ? text : undoubled, newline, blanks, undoubled != null, false));
        blanks = 0;
      }
      start = i + 1;
    }
    return lines;
  }

  /** Width in half-width columns, as the PDF laid it out. */
  int width() {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += CharClass.isWide(text.charAt(i)) ? 2 : 1;
    }
    return w;
  }

  /** Ends with a sentence-final mark, possibly followed by closing quotes or brackets. */
  boolean endsSentence() {
    int i = text.length() - 1;
    while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return TERMINATORS.indexOf(text.charAt(i)) >= 0;
  }

  boolean endsClause() {
    return CONTINUATIONS.indexOf(text.last()) >= 0;
  }

  /** More quotes or brackets opened than closed: the phrase goes on in the next line. */
  boolean leavesOpen() {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  Line withText(MappedText replacement) {
    return new Line(replacement, newline, blanksBefore, doubled, boundaryBefore);
  }

  Line withBoundaryBefore() {
    return new Line(text, newline, blanksBefore, doubled, true);
  }
}
