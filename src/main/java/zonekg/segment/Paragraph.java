package zonekg.segment;

import java.util.ArrayList;
import java.util.List;
import zonekg.doc.LineShapes;
import zonekg.doc.Span;

/**
 * One line of a normalised text: a paragraph of body text or a headline.
 *
 * @param span where it lies, without the line break
 * @param boundaryBefore whether a blank line precedes it (the normaliser's mark for a likely article end)
 * @param field whether it is one of a notice's fields (建设单位：… / 总投资：…) or the numbered item they describe, which
 *     no headline is
 */
record Paragraph(Span span, String text, boolean boundaryBefore, boolean field) {
  /** Longest headline, in characters. */
  static final int MAX_HEADLINE = 40;
  private static final String FINAL_MARKS = "。！？!?…；;，,、";

  /** The non-empty lines of {@code text}. */
  static List<Paragraph> of(String text) {
    List<Paragraph> out = new ArrayList<>();
    boolean blank = false;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '\n') {
        continue;
      }
      String line = text.substring(start, i);
      if (line.isBlank()) {
        blank = true;
      } else {
        out.add(new Paragraph(new Span(start, i), line, blank, false));
        blank = false;
      }
      start = i + 1;
    }
    boolean[] fields = LineShapes.fields(out.stream().map(Paragraph::text).toList());
    for (int k = 0; k < out.size(); k++) {
      Paragraph p = out.get(k);
      // 1．某某项目 over 建设单位：… is the item the fields describe, not a title
      boolean item = k + 1 < out.size() && fields[k + 1] && LineShapes.isNumberedItem(p.text());
      out.set(k, new Paragraph(p.span(), p.text(), p.boundaryBefore(), fields[k] || item));
    }
    return out;
  }

  /** Short and without final punctuation, and no notice's field, table row or list item: a headline or subheading. */
  boolean isHeadline() {
    String t = text.strip();
    if (t.length() > MAX_HEADLINE || field || LineShapes.isSpacedTableRow(t) || LineShapes.isListItem(t)) {
      return false;
    }
    int last = t.length() - 1;
    while (last > 0 && "”’」』）)》".indexOf(t.charAt(last)) >= 0) {
      last--;
    }
    return FINAL_MARKS.indexOf(t.charAt(t.length() - 1)) < 0 && FINAL_MARKS.indexOf(t.charAt(last)) < 0;
  }
}
