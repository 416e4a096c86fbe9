package zonekg.extract;

/** The Han script test every extractor makes of the characters of a name: Chinese characters, not marks or Latin. */
public final class Han {
  private Han() {}

  /** Whether {@code codePoint} is a Chinese character. */
  public static boolean is(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** Whether {@code text} is not empty and holds Chinese characters only. */
  public static boolean only(CharSequence text) {
    return !text.isEmpty() && text.codePoints().allMatch(Han::is);
  }

  /** Whether {@code text} holds at least one Chinese character. */
  public static boolean in(CharSequence text) {
    return text.codePoints().anyMatch(Han::is);
  }
}
