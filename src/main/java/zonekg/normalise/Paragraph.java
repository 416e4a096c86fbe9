package zonekg.normalise;

/**
 * Lines joined back into the paragraph or headline the writer wrote.
 *
 * @param text the joined text, spaces not yet collapsed
 * @param newline the source line break after its last line, or null at the end of the text
 * @param headline whether it is a headline or subheading rather than body text
 * @param boundaryBefore whether an article probably ends before it
 * @param lines how many printed lines it had
 * @param width the median width of the lines the column broke, in half-width columns
 */
record Paragraph(MappedText text, MappedText newline, boolean headline, boolean boundaryBefore, int lines,
    int width) {
  Paragraph withBoundaryBefore() {
    return new Paragraph(text, newline, headline, true, lines, width);
  }
}
