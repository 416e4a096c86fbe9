package zonekg.doc;

import java.io.Serializable;

/** A word with its part of speech (HanLP's tag set: ns place, nt organisation, m numeral …). */
public record Token(Span span, String text, String pos) implements Serializable {
  public Token {
    Checks.argument(span.length() == text.length(), "token '%s' does not fit span %s", text, span);
  }
}
