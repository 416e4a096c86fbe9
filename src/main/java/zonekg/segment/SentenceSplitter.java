package zonekg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zonekg.doc.LineShapes;
import zonekg.doc.Span;

/**
 * Cuts a normalised text into sentences: at 。！？ (and their ASCII forms), at a paragraph
 * break, after a closing quote that ends a sentence (…。” stays with its sentence), and after a photo's
 * credit that a PDF page's caption left inside the text (…车间。本报记者某某摄 | 全区新入孵企业146家。).
 */
public final class SentenceSplitter {
  private static final String TERMINATORS = "。！？!?；;";
  private static final String CLOSERS = "”’」』）)》";
  private static final char TAKEN_BY = '摄';
  private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:记者|摄影|通讯员)\\s*\\p{IsHan}{2,4}\\s*$");
  private static final int MAX_CREDIT = 12;

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
      } else if (c == TAKEN_BY && PHOTO_CREDIT.matcher(text.substring(Math.max(start, i - MAX_CREDIT), i)).find()) {
        add(text, start, i + 1, out);
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
    // ▶ 地区生产总值…: the mark of a list item is no word of its sentence
    while (begin < end && (Character.isWhitespace(text.charAt(begin)) || LineShapes.isListMark(text.charAt(begin)))) {
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
