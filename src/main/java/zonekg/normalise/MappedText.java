package zonekg.normalise;

import java.util.Arrays;
import zonekg.doc.OffsetMap;

/**
 * A growing piece of normalised text in which every character remembers the source offset it
 * came from, so that edits in any order keep the {@link OffsetMap} exact.
 */
final class MappedText implements CharSequence {
  private final StringBuilder chars = new StringBuilder();
  private int[] source = new int[16];

  MappedText append(char c, int sourceOffset) {
    if (chars.length() == source.length) {
      source = Arrays.copyOf(source, source.length * 2);
    }
    source[chars.length()] = sourceOffset;
    chars.append(c);
    return this;
  }

  /** Appends characters {@code [from, to)} of {@code other} with their source offsets. */
  MappedText append(MappedText other, int from, int to) {
    for (int i = from; i < to; i++) {
      append(other.charAt(i), other.sourceOf(i));
    }
    return this;
  }

  MappedText append(MappedText other) {
    return append(other, 0, other.length());
  }

  int sourceOf(int i) {
    return source[i];
  }

  /** Characters {@code [from, to)} as a new mapped text. */
  MappedText slice(int from, int to) {
    return new MappedText().append(this, from, to);
  }

  /** This text without leading and trailing white space. */
  MappedText trim() {
    int from = 0;
    int to = length();
    while (from < to && CharClass.isSpace(charAt(from))) {
      from++;
    }
    while (to > from && CharClass.isSpace(charAt(to - 1))) {
      to--;
    }
    return slice(from, to);
  }

  @Override
  public boolean isEmpty() {
    return chars.length() == 0;
  }

  int indexOf(String word) {
    return chars.indexOf(word);
  }

  char last() {
    return chars.charAt(chars.length() - 1);
  }

  /** The offset map of this text over a source of {@code sourceLength} characters. */
  OffsetMap offsets(int sourceLength) {
    int[] map = Arrays.copyOf(source, chars.length() + 1);
    map[chars.length()] = sourceLength;
    return OffsetMap.of(map);
  }

  @Override
  public int length() {
    return chars.length();
  }

  @Override
  public char charAt(int index) {
    return chars.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return chars.subSequence(start, end);
  }

  @Override
  public String toString() {
    return chars.toString();
  }
}
