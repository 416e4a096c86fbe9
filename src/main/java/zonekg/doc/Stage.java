package zonekg.doc;

/** One pipeline step: reads layer I, returns the richer layer O. */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input);
}
