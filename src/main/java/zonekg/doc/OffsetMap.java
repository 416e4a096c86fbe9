package zonekg.doc;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Maps each character offset of a normalised text to the offset of the source character it
 * came from, so that evidence can always be pointed at in the original file.
 * <p>Normalisation mostly keeps characters in place, so the map is stored as runs in which the source offset
 * grows with the normalised one: a few runs per removed space or line break instead of an int per character,
 * which matters when a whole corpus waits in memory for resolution.
 */
public final class OffsetMap implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Normalised offsets where a run starts, ascending, the first 0. */
  private final int[] runStart;
  /** The source offset of each run's first character; within a run, offsets grow by one per character. */
  private final int[] runSource;
  private final int length;

  private OffsetMap(int[] runStart, int[] runSource, int length) {
    this.runStart = runStart;
    this.runSource = runSource;
    this.length = length;
  }

  /** The map of a text that normalisation left unchanged. */
  public static OffsetMap identity(int length) {
    Checks.argument(length >= 0, "negative length %d", length);
    return new OffsetMap(new int[] {0}, new int[] {0}, length);
  }

  /**
   * A map from explicit offsets: {@code offsets[i]} is the source offset of normalised character
   * {@code i}, and the final element the source length. Offsets never decrease.
   */
  public static OffsetMap of(int[] offsets) {
    Checks.argument(offsets.length > 0, "an offset map needs at least the end offset");
    int[] starts = new int[offsets.length];
    int[] sources = new int[offsets.length];
    int runs = 0;
    for (int i = 0; i < offsets.length; i++) {
      if (i > 0 && offsets[i - 1] > offsets[i]) {
        throw new IllegalArgumentException("offsets decrease at " + i + ": " + offsets[i - 1] + " > " + offsets[i]);
      }
      boolean continuesRun = runs > 0 && offsets[i] == sources[runs - 1] + (i - starts[runs - 1]);
      if (!continuesRun) {
        starts[runs] = i;
        sources[runs] = offsets[i];
        runs++;
      }
    }
    return new OffsetMap(Arrays.copyOf(starts, runs), Arrays.copyOf(sources, runs), offsets.length - 1);
  }

  /** Length of the normalised text. */
  public int length() {
    return length;
  }

  /** Source offset of normalised offset {@code i} (0 ≤ i ≤ length). */
  public int toSource(int i) {
    Checks.argument(0 <= i && i <= length, "offset %d outside [0, %d]", i, length);
    int found = Arrays.binarySearch(runStart, i);
    int run = found >= 0 ? found : -found - 2;
    return runSource[run] + (i - runStart[run]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m && length == m.length && Arrays.equals(runStart, m.runStart)
        && Arrays.equals(runSource, m.runSource);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(runStart) + Arrays.hashCode(runSource);
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
