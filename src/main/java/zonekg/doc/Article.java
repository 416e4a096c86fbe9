package zonekg.doc;

import java.io.Serializable;
import java.util.List;

/**
 * One news article within a file: its headline, if one was recognised, and its sentences.
 *
 * @param index position in the file, from 0
 * @param title the headline text, or null
 * @param headline the headline as a sentence of words when it is printed on one line, or null; it is none of
 *     {@code sentences}, which hold the body
 */
public record Article(int index, Span span, String title, Sentence headline, List<Sentence> sentences)
    implements Serializable {
  public Article {
    sentences = List.copyOf(sentences);
  }
}
