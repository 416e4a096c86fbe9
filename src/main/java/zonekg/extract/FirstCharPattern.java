package zonekg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex tried only where one of its matches can begin: at a character it can start with, or at the start of the
 * text.
 * <p>{@code java.util.regex} tries every alternative of a pattern at every position of a text. For a long
 * alternation (the head nouns of platform names, the shapes of a period) that costs hundreds of nanoseconds a
 * character, and on a large corpus the build spent seconds of each core there. One look at a bit set first skips
 * almost every position.
 */
public final class FirstCharPattern {
  private final Pattern pattern;
  private final BitSet firstChars = new BitSet();

  /** {@code firstChars} must hold every character a match of {@code pattern} can start with. */
  public FirstCharPattern(Pattern pattern, String firstChars) {
    this.pattern = pattern;
    firstChars.chars().forEach(this.firstChars::set);
  }

  /** The first characters of the words of {@code alternation}, a regex of plain words such as "研究院|实验室". */
  public static String firstCharsOf(String alternation) {
    StringBuilder out = new StringBuilder();
    for (String word : alternation.split("\\|")) {
      out.append(word.charAt(0));
    }
    return out.toString();
  }

  public Pattern pattern() {
    return pattern;
  }

  /** The matches that {@link Matcher#find()} would return one after another. */
  public List<MatchResult> findAll(CharSequence text) {
    List<MatchResult> out = new ArrayList<>();
    // transparent bounds let lookbehinds see before a candidate; without anchoring ones, ^ is the text's start
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    // the text's start is always tried, for patterns that open with ^
    for (int at = 0; at < text.length(); at = nextCandidate(text, at + 1)) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        out.add(m.toMatchResult());
        at = Math.max(at, m.end() - 1);
      }
    }
    return out;
  }

  /** Whether {@link Matcher#find()} would find a match. */
  public boolean isFoundIn(CharSequence text) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = 0; at < text.length(); at = nextCandidate(text, at + 1)) {
      if (m.region(at, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private int nextCandidate(CharSequence text, int from) {
    int at = from;
    while (at < text.length() && !firstChars.get(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
