package zonekg.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import zonekg.doc.NormalisedDoc;

/** The OffsetMap invariant shared by the golden and property tests. */
final class OffsetChecks {
  private OffsetChecks() {}

  /** Whether normalised character {@code n} may stand for source character {@code s}. */
  static boolean mayStandFor(char n, char s) {
    if (n == s) {
      return true;
    }
    if (n == '\n') {
      return s == '\r';
    }
    // a tab stands for the wide gap between a table's cells, whatever spaces printed it
    if (n == ' ' || n == '\t') {
      return Character.isWhitespace(s) || Character.isSpaceChar(s);
    }
    return Normalizer.normalize(String.valueOf(s), Normalizer.Form.NFKC).equals(String.valueOf(n));
  }

  static void assertMapsBack(String source, NormalisedDoc doc) {
    String text = doc.text();
    assertThat(doc.offsets().length()).isEqualTo(text.length());
    assertThat(doc.offsets().toSource(text.length())).isEqualTo(source.length());
    for (int i = 0; i < text.length(); i++) {
      int at = doc.offsets().toSource(i);
      assertThat(at).as("offset of %d", i).isBetween(0, source.length() - 1);
      char s = source.charAt(at);
      char n = text.charAt(i);
      assertThat(mayStandFor(n, s)).as("normalised '%s' at %d maps to source '%s' at %d", n, i, s, at).isTrue();
    }
  }
}
