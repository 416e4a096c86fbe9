package zonekg.segment;

import java.util.ArrayList;
import java.util.List;
import zonekg.doc.Span;

/**
 * One line of a normalised text: a paragraph of body text or a headline.
 *
 * @param span where it lies, without the line break
 * @param boundaryBefore whether a blank line precedes it (the normaliser's mark for a likely article end)
 */
record Paragraph(Span span, String text, boolean boundaryBefore) {
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
        out.add(new Paragraph(new Span(start, i), line, blank));
        blank = false;
      }
      start = i + 1;
    }
    return out;
  }

  /** Short and without final punctuation: a headline or subheading. */
  boolean isHeadline() {
    String t = text.strip();
    if (t.length() > MAX_HEADLINE) {
      return false;
    }
    int last = t.length() - 1;
    while (last > 0 && "”’」』）)》".indexOf(t.charAt(last)) >= 0) {
      last--;
    }
    return FINAL_MARKS.indexOf(t.charAt(t.length() - 1)) < 0 && FINAL_MARKS.indexOf(t.charAt(last)) < 0;
  }
}
