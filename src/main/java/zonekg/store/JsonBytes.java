package zonekg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON text written straight into UTF-8 bytes: each string is escaped and encoded in one pass over its
 * characters, with no writer, encoder or lock between it and the stream. Strings are escaped as Gson escapes
 * them: a backslash before a quote or a backslash, the two-character escapes of newline, return, tab, backspace and
 * form feed, and a six-character hexadecimal escape for other control characters and for the line and paragraph
 * separators U+2028 and U+2029, which JavaScript reads as line ends. An unpaired surrogate becomes {@code ?}, as
 * Java's UTF-8 encoder makes it.
 * <p>The caller writes the punctuation; for one thread at a time.
 */
final class JsonBytes {
  private static final int SIZE = 1 << 16;
  /** The most bytes one character can become: a hexadecimal escape. */
  private static final int MAX_PER_CHAR = 6;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] block = new byte[SIZE];
  private int count;

  JsonBytes(OutputStream out) {
    this.out = out;
  }

  /** Punctuation or a key known to need no escape, ASCII only. */
  JsonBytes raw(String ascii) throws IOException {
    int length = ascii.length();
    if (count > SIZE - length) {
      passOn();
    }
    if (length > SIZE) {
      out.write(ascii.getBytes(StandardCharsets.US_ASCII));
      return this;
    }
    for (int i = 0; i < length; i++) {
      block[count++] = (byte) ascii.charAt(i);
    }
    return this;
  }

  /** Bytes made by {@link #bytesOf}, written again. */
  JsonBytes raw(byte[] json) throws IOException {
    if (count > SIZE - json.length) {
      passOn();
    }
    if (json.length > SIZE) {
      out.write(json);
      return this;
    }
    System.arraycopy(json, 0, block, count, json.length);
    count += json.length;
    return this;
  }

  /** {@code s} as a JSON string followed by {@code after}, in bytes to write many times. */
  static byte[] bytesOf(String s, String after) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new JsonBytes(bytes).string(s).raw(after).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  JsonBytes raw(char ascii) throws IOException {
    if (count == SIZE) {
      passOn();
    }
    block[count++] = (byte) ascii;
    return this;
  }

  /** {@code s} as a JSON string, quotes included. */
  JsonBytes string(String s) throws IOException {
    raw('"');
    int length = s.length();
    for (int i = 0; i < length; i++) {
      if (count > SIZE - MAX_PER_CHAR) {
        passOn();
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        ascii(c);
      } else if (c < 0x800) {
        block[count++] = (byte) (0xC0 | c >> 6);
        block[count++] = (byte) (0x80 | c & 0x3F);
      } else if (c == '\u2028' || c == '\u2029') {
        unicodeEscape(c);
      } else if (!Character.isSurrogate(c)) {
        threeBytes(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        fourBytes(Character.toCodePoint(c, s.charAt(++i)));
      } else {
        block[count++] = '?';
      }
    }
    return raw('"');
  }

  private void ascii(char c) {
    switch (c) {
      case '"', '\\' -> {
        block[count++] = '\\';
        block[count++] = (byte) c;
      }
      case '\n' -> shortEscape('n');
      case '\r' -> shortEscape('r');
      case '\t' -> shortEscape('t');
      case '\b' -> shortEscape('b');
      case '\f' -> shortEscape('f');
      default -> {
        if (c < 0x20) {
          unicodeEscape(c);
        } else {
          block[count++] = (byte) c;
        }
      }
    }
  }

  private void shortEscape(char letter) {
    block[count++] = '\\';
    block[count++] = (byte) letter;
  }

  private void unicodeEscape(char c) {
    block[count++] = '\\';
    block[count++] = 'u';
    for (int shift = 12; shift >= 0; shift -= 4) {
      block[count++] = HEX[c >> shift & 0xF];
    }
  }

  private void threeBytes(char c) {
    block[count++] = (byte) (0xE0 | c >> 12);
    block[count++] = (byte) (0x80 | c >> 6 & 0x3F);
    block[count++] = (byte) (0x80 | c & 0x3F);
  }

  private void fourBytes(int codePoint) {
    block[count++] = (byte) (0xF0 | codePoint >> 18);
    block[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
    block[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
    block[count++] = (byte) (0x80 | codePoint & 0x3F);
  }

  /** Passes on what is written and flushes the stream. */
  void flush() throws IOException {
    passOn();
    out.flush();
  }

  private void passOn() throws IOException {
    if (count > 0) {
      out.write(block, 0, count);
      count = 0;
    }
  }
}
