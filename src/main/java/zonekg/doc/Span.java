package zonekg.doc;

import java.io.Serializable;

/** A half-open character range {@code [begin, end)} over one text. */
public record Span(int begin, int end) implements Comparable<Span>, Serializable {
  public Span {
    // not Checks.argument: its boxed varargs, on the build's most made object, cost seconds on a large corpus
    if (begin < 0 || begin > end) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public Span shift(int delta) {
    return new Span(begin + delta, end + delta);
  }

  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ")";
  }
}
