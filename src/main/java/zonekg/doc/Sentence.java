package zonekg.doc;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence of a normalised text.
 *
 * @param index position among all sentences of the document, from 0
 * @param span where it lies in the normalised text
 * @param text the sentence itself, {@code span.of(doc.text())}
 * @param tokens its words, spans relative to the document
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) implements Serializable {
  public Sentence {
    Checks.argument(span.length() == text.length(), "sentence %d does not fit span %s", index, span);
    tokens = List.copyOf(tokens);
  }
}
