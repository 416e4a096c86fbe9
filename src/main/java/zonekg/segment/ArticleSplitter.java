package zonekg.segment;

import java.util.List;
import zonekg.doc.Span;

/** Finds where the articles of one file begin and what their headlines are. */
public interface ArticleSplitter {
  /** One article of a file: its span, and its headline's span or null. */
  record Cut(Span span, Span title) {}

  List<Cut> split(String text);

  /** The whole file as one article without a headline. */
  static ArticleSplitter whole() {
    return text -> List.of(new Cut(new Span(0, text.length()), null));
  }
}
