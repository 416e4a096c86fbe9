package zonekg.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zonekg.doc.LineShapes;

/**
 * One printed line of the source, trimmed, with what layout analysis needs to know about it.
 *
 * @param text the line without surrounding spaces (undoubled if it was a doubled headline)
 * @param newline the line break after it, or null on the last line
 * @param blanksBefore how many empty lines precede it
 * @param doubled whether it was printed as a doubled headline
 * @param boundaryBefore whether removed page furniture (a byline) suggests an article ended before it
 * @param bylined whether its reporters' byline was printed right under it, as under a headline
 * @param indented whether it began with an ideographic space, the indent with which web pages open paragraphs
 */
record Line(MappedText text, MappedText newline, int blanksBefore, boolean doubled, boolean boundaryBefore,
    boolean bylined, boolean indented) {
  /** The sentence-final marks: a line ending in one of them (maybe plus closing quotes) ends a sentence. */
  static final String TERMINATORS = "。！？!?…";
  static final String CLOSERS = "”’」』）)》〉";
  /** Marks after which a line cannot end a heading: a clause goes on. */
  static final String CONTINUATIONS = "，,、";
  private static final String SEMICOLONS = "；;";
  private static final String OPENERS = "“‘「『（(《〈";
  /** Marks no line of its own opens with: they close something of the line before. */
  private static final String CLOSING_MARKS = TERMINATORS + CONTINUATIONS + SEMICOLONS + CLOSERS + "：:";
  /** A line printed twice over and at least this long is a headline, its second copy an artefact. */
  static final int MIN_REPEATED = 6;

  /** The non-empty lines of a folded text, each with its line break and preceding blank count. */
  static List<Line> split(MappedText folded) {
    List<Line> lines = new ArrayList<>();
    int blanks = 0;
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i < folded.length() && folded.charAt(i) != '\n') {
        continue;
      }
      MappedText untrimmed = folded.slice(start, i);
      MappedText text = untrimmed.trim();
      if (text.isEmpty()) {
        blanks++;
      } else {
        MappedText newline = i < folded.length() ? folded.slice(i, i + 1) : null;
        MappedText undoubled = DoubledHeadline.undouble(text).orElse(null);
        Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (undoubled == null && previous != null && previous.isRepeatedBy(text)) {
          lines.set(lines.size() - 1, new Line(previous.text, previous.newline, previous.blanksBefore, true, false,
              false, previous.indented));
        } else {
          lines.add(new Line(undoubled == null ? text : undoubled, newline, blanks, undoubled != null, false, false,
              isIndented(untrimmed)));
        }
        blanks = 0;
      }
      start = i + 1;
    }
    return lines;
  }

  /**
   * Whether a line opens with an ideographic space, folded into two spaces from one source character: a web page's
   * indent. Spaces of a PDF's letter-spaced line ( 增 标 准 厂 房) are no indent.
   */
  private static boolean isIndented(MappedText line) {
    return line.length() > 1 && CharClass.of(line.charAt(0)) == CharClass.SPACE
        && CharClass.of(line.charAt(1)) == CharClass.SPACE && line.sourceOf(0) == line.sourceOf(1);
  }

  /** The next line is this one again, as PDF extraction gives some headlines: "某某片区进出口增长8.9%" twice. */
  private boolean isRepeatedBy(MappedText next) {
    return !doubled && text.length() >= MIN_REPEATED && !endsSentence() && text.toString().equals(next.toString());
  }

  /** Printed the way headlines are: doubled, or with its byline under it. */
  boolean printedAsHeadline() {
    return doubled || bylined;
  }

  /** Neither a sentence's nor a clause's end, nor an open quote: it may stand alone as a headline. */
  boolean couldBeHeadline() {
    return !endsSentence() && !endsClause() && !leavesOpen();
  }

  /**
   * The next line goes on with this one's last number (达到2 / 1家, 增长1 / 2.5%) or opens with a mark that closes
   * something of it (。 ， 、 ） ”), which no line of its own does.
   */
  boolean goesOnIn(Line next) {
    char last = text.last();
    char first = next.text.charAt(0);
    return Character.isDigit(last) && (Character.isDigit(first) || first == '.' || first == '%')
        || CLOSING_MARKS.indexOf(first) >= 0;
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
  /**
   * A row of a table printed as text (指标名称｜单位｜前三季度｜同比增长（%）, 1  某某项目  某某有限公司  25亿元): at least
   * three cells, parted by bars, tabs or wide gaps.
   */
  boolean isTableRow() {
    int separators = 0;
    for (int i = 0; i < text.length(); i++) {
      int gap = i;
      while (gap < text.length() && CharClass.of(text.charAt(gap)) == CharClass.SPACE) {
        gap++;
      }
      if (gap > i && SpaceCollapser.isCellGap(text, i, gap)) {
        separators++;
        i = gap - 1;
      } else {
        separators += LineShapes.CELL_SEPARATORS.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
      }
    }
    return separators >= 2;
  }

  /** 投资2 / 8亿元, 投资15 / .5亿元: this line ends inside a number that the next line finishes. */
  boolean cutsNumberBefore(Line next) {
    return text.length() > 0 && next.text.length() > 0 && Character.isDigit(text.charAt(text.length() - 1))
        && (Character.isDigit(next.text.charAt(0)) || next.text.charAt(0) == '.');
  }

  /** ▶ 地区生产总值…, ● 某某实验室…: an item of a list, which ends where the next begins. */
  boolean isListItem() {
    return LineShapes.isListItem(text);
  }

  /** 1．某某项目, 一、总体情况, （二）某某高新区: an item or a section numbered at the line's start opens a paragraph. */
  boolean isNumbered() {
    return LineShapes.isNumbered(text);
  }

  boolean endsSentence() {
    int i = text.length() - 1;
    while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return TERMINATORS.indexOf(text.charAt(i)) >= 0;
  }

  /**
   * A sentence-final mark or semicolon before the line's last character: a sentence or clause ends in it and
   * another begins, which no headline does.
   */
  boolean endsSentenceInside() {
    for (int i = 0; i < text.length() - 1; i++) {
      if (TERMINATORS.indexOf(text.charAt(i)) >= 0 || SEMICOLONS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
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
    return new Line(replacement, newline, blanksBefore, doubled, boundaryBefore, bylined, indented);
  }

  Line withBoundaryBefore() {
    return new Line(text, newline, blanksBefore, doubled, true, bylined, indented);
  }

  /** This line with its byline under it: a headline, which opens an article. */
  Line withByline() {
    return new Line(text, newline, blanksBefore, doubled, true, true, indented);
  }
}
