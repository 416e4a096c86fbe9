package zonekg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 for {@link TurtleBlockWriter}, which hands over a few characters at a time: a plain
 * {@link BufferedWriter} takes its lock for every call, and with Jena's writer, which wrote one character a call,
 * that lock cost more than all the formatting (a 60 MB TriG: 2.5 s through BufferedWriter, 0.75 s through this).
 * Characters and short strings gather here without a lock and pass on in blocks.
 * For one thread at a time, as a writer is used.
 */
final class CharBlockWriter extends BufferedWriter {
  private static final int SIZE = 8192;
  private final char[] block = new char[SIZE];
  private int count;

  CharBlockWriter(OutputStream out) {
    super(new OutputStreamWriter(out, StandardCharsets.UTF_8), SIZE);
  }

  @Override
  public void write(int c) throws IOException {
    if (count == SIZE) {
      passOn();
    }
    block[count++] = (char) c;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length > SIZE - count) {
      passOn();
    }
    if (length > SIZE) {
      super.write(chars, offset, length);
      return;
    }
    System.arraycopy(chars, offset, block, count, length);
    count += length;
  }

  /** Short strings gather in the block too, past BufferedWriter's lock. */
  @Override
  public void write(String s, int offset, int length) throws IOException {
    if (length > SIZE - count) {
      passOn();
    }
    if (length > SIZE) {
      super.write(s, offset, length);
      return;
    }
    s.getChars(offset, offset + length, block, count);
    count += length;
  }

  @Override
  public void flush() throws IOException {
    passOn();
    super.flush();
  }

  @Override
  public void close() throws IOException {
    passOn();
    super.close();
  }

  private void passOn() throws IOException {
    if (count > 0) {
      super.write(block, 0, count);
      count = 0;
    }
  }
}
