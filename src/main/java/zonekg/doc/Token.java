package zonekg.doc;

/** A word with its part of speech (HanLP's tag set: ns place, nt organisation, m numeral …). */
public record Token(Span span, String text, String pos) {
  public Token {
    Checks.argument(span.length() == text.length(), "token '%s' does not fit span %s", text, span);
  }
}
