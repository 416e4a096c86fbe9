package zonekg.doc;

import java.util.Arrays;

/**
 * Maps each character offset of a normalised text to the offset of the source character it
 * came from, so that evidence can always be pointed at in the original file.
 */
public final class OffsetMap {
  /** sourceOffset[i] is the source offset of normalised character i; the last entry is the source length. */
  private final int[] sourceOffset;

  private OffsetMap(int[] sourceOffset) {
    this.sourceOffset = sourceOffset;
  }

  /** The map of a text that normalisation left unchanged. */
  public static OffsetMap identity(int length) {
    int[] offsets = new int[length + 1];
    Arrays.setAll(offsets, i -> i);
    return new OffsetMap(offsets);
  }

  /**
   * A map from explicit offsets: {@code offsets[i]} is the source offset of normalised character
   * {@code i}, and the final element the source length. Offsets never decrease.
   */
  public static OffsetMap of(int[] offsets) {
    Checks.argument(offsets.length > 0, "an offset map needs at least the end offset");
    for (int i = 1; i < offsets.length; i++) {
      Checks.argument(offsets[i - 1] <= offsets[i], "offsets decrease at %d: %d > %d", i, offsets[i - 1], offsets[i]);
    }
    return new OffsetMap(offsets.clone());
  }

  /** Length of the normalised text. */
  public int length() {
    return sourceOffset.length - 1;
  }

  /** Source offset of normalised offset {@code i} (0 ≤ i ≤ length). */
  public int toSource(int i) {
    Checks.argument(0 <= i && i < sourceOffset.length, "offset %d outside [0, %d]", i, length());
    return sourceOffset[i];
  }

  /** The source range covering a normalised span: from its first character to just after its last. */
  public Span toSource(Span span) {
    if (span.length() == 0) {
      int at = toSource(span.begin());
      return new Span(at, at);
    }
    return new Span(toSource(span.begin()), toSource(span.end() - 1) + 1);
  }
}
