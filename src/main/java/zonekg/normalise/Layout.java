package zonekg.normalise;

import java.util.Arrays;
import java.util.List;
import zonekg.doc.LineShapes;

/**
 * What the page layout says about each line: how wide the body column around it is, and so
 * whether a line is a headline (clearly shorter than its column, without final punctuation).
 * Widths are local because one page holds articles set in columns of different widths.
 */
final class Layout {
  /** Lines on each side whose widths give a line's column width. */
  static final int WINDOW = 6;
  /** A headline is at most this share of the column width. */
  static final double HEADLINE_SHARE = 0.7;
  /** No headline is wider than this many half-width columns (40 Chinese characters). */
  static final int HEADLINE_MAX_WIDTH = 80;
  /** Wider than this, a "column" is really one paragraph per line, as some extractors write. */
  static final int COLUMN_MAX_WIDTH = 100;
  /** A line within this share of its column width is a full column line, broken by the layout. */
  static final double FULL_LINE_SHARE = 0.8;

  private final List<Line> lines;
  private final int[] widths;
  private final int[] columns;
  private final boolean[] fields;

  Layout(List<Line> lines) {
    this.lines = lines;
    this.widths = lines.stream().mapToInt(Line::width).toArray();
    this.fields = LineShapes.fields(lines.stream().map(Line::text).toList());
    this.columns = new int[widths.length];
    for (int i = 0; i < widths.length; i++) {
      columns[i] = medianAround(i);
    }
  }

  /** Median width of the lines around line {@code i}, itself excluded. */
  int columnWidth(int i) {
    return columns[i];
  }

  private int medianAround(int i) {
    int from = Math.max(0, i - WINDOW);
    int to = Math.min(widths.length, i + WINDOW + 1);
    int[] around = new int[to - from - 1];
    int k = 0;
    for (int j = from; j < to; j++) {
      if (j != i) {
        around[k++] = widths[j];
      }
    }
    if (around.length == 0) {
      return widths[i];
    }
    Arrays.sort(around);
    return around[around.length / 2];
  }

  int width(int i) {
    return widths[i];
  }

  /**
   * Short, without final punctuation, not an unfinished quote: a headline or subheading. A line in which a sentence
   * ends and another begins ("长12.5%。某某化学集团") is body text, however short.
   */
  boolean isHeadline(int i) {
    Line line = lines.get(i);
    if (line.printedAsHeadline()) {
      return true;
    }
    if (!line.couldBeHeadline() || line.endsSentenceInside() || fields[i]) {
      return false;
    }
    return widths[i] <= HEADLINE_MAX_WIDTH
        && (widths[i] < HEADLINE_SHARE * columnWidth(i) || widths[i] < HEADLINE_SHARE * paragraphBelow(i));
  }

  /**
   * The width of the next line when it is a paragraph printed on one line, wider than any column, else 0. Short lines
   * of a web page's furniture around a heading (首页>新闻中心, 分享到：微信) make its column look narrow; the paragraph
   * below shows no column broke it.
   */
  private int paragraphBelow(int i) {
    return i + 1 < widths.length && widths[i + 1] > COLUMN_MAX_WIDTH ? widths[i + 1] : 0;
  }

  /** 建设单位：某某有限公司 / 总投资：68亿元: one of a notice's fields, which the line after does not go on. */
  boolean isField(int i) {
    return fields[i];
  }

  /** Set in a narrow column and filling it: the layout, not the writer, broke this line. */
  boolean isFullColumnLine(int i) {
    int column = columnWidth(i);
    return column <= COLUMN_MAX_WIDTH && widths[i] >= FULL_LINE_SHARE * column;
  }
}
