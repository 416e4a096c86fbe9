package zonekg.segment;

import java.util.ArrayList;
import java.util.List;
import zonekg.doc.Span;

/**
 * Cuts a normalised text into sentences: at 。！？ (and their ASCII forms), at a paragraph
 * break, and after a closing quote that ends a sentence (…。” stays with its sentence).
 */
public final class SentenceSplitter {
  private static final String TERMINATORS = "。！？!?；;";
  private static final String CLOSERS = "”’」』）)》";

  private SentenceSplitter() {}

  /** Spans of the sentences within {@code range} of {@code text}, trimmed of white space. */
  public static List<Span> split(String text, Span range) {
    List<Span> out = new ArrayList<>();
    int start = range.begin();
    for (int i = range.begin(); i < range.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if (TERMINATORS.indexOf(c) >= 0) {
        int end = i + 1;
        while (end < range.end() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, range.end(), out);
    return out;
  }

  private static void add(String text, int begin, int end, List<Span> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (begin < end) {
      out.add(new Span(begin, end));
    }
  }
}
