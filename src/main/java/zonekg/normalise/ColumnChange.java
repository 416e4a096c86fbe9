package zonekg.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks where the column width changes between two body paragraphs: a page sets each article in
 * its own column width, so a jump (say from 16 to 37 characters a line) is an article boundary
 * even when no headline or byline was printed between them.
 */
final class ColumnChange {
  /** Widths differing by this factor belong to different columns. */
  static final double RATIO = 1.8;

  private ColumnChange() {}

  static List<Paragraph> mark(List<Paragraph> paragraphs) {
    List<Paragraph> out = new ArrayList<>(paragraphs);
    int previous = -1;
    for (int i = 0; i < out.size(); i++) {
      Paragraph p = out.get(i);
      if (!isColumnBody(p)) {
        continue;
      }
      if (previous >= 0 && differ(out.get(previous).width(), p.width()) && !hasBoundary(out, previous + 1, i)) {
        out.set(previous + 1, out.get(previous + 1).withBoundaryBefore());
      }
      previous = i;
    }
    return out;
  }

  /** Lines a paragraph needs before its width says something about its column (two can be a page break). */
  static final int MIN_LINES = 3;

  /** A body paragraph wrapped over several lines of a narrow column shows that column's width. */
  private static boolean isColumnBody(Paragraph p) {
    return !p.headline() && p.lines() >= MIN_LINES && p.width() <= Layout.COLUMN_MAX_WIDTH;
  }

  private static boolean differ(int a, int b) {
    return Math.max(a, b) >= RATIO * Math.min(a, b);
  }

  private static boolean hasBoundary(List<Paragraph> paragraphs, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (paragraphs.get(i).boundaryBefore()) {
        return true;
      }
    }
    return false;
  }
}
