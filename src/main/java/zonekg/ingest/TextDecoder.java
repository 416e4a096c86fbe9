package zonekg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text file: a UTF-8 or UTF-16 byte-order mark decides, else strict
 * UTF-8, else strict GB18030 (the encoding of most Chinese text that is not UTF-8).
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");
  /** The 6,763 common hanzi and the punctuation of mainland text. */
  private static final Charset GB2312 = Charset.forName("GB2312");
  /** Above this share of characters outside GB2312, GB18030 bytes are taken for some other encoding. */
  private static final double MAX_RARE_SHARE = 0.5;
  /** More C0 control characters than this share of the bytes means the file is not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private TextDecoder() {}

  /** The decoded text, or a {@link DecodeProblem} naming why the bytes are not text. */
  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(StandardCharsets.UTF_8, bytes, 3)
          .orElseThrow(() -> new DecodeProblem("UTF-8 byte-order mark but invalid UTF-8"));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(StandardCharsets.UTF_16LE, bytes, 2)
          .orElseThrow(() -> new DecodeProblem("UTF-16LE byte-order mark but invalid UTF-16"));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(StandardCharsets.UTF_16BE, bytes, 2)
          .orElseThrow(() -> new DecodeProblem("UTF-16BE byte-order mark but invalid UTF-16"));
    }
    rejectBinary(bytes);
    Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    String gb = strict(GB18030, bytes, 0).orElseThrow(() -> new DecodeProblem("neither UTF-8 nor GB18030"));
    rejectRareCharacters(gb);
    return gb;
  }

  /**
   * GB18030 decodes almost any bytes, so Latin-1 or UTF-16 text without a byte-order mark would come out as rare
   * characters; Chinese prose in GB18030 is nearly all GB2312's common characters.
   */
  private static void rejectRareCharacters(String text) {
    CharsetEncoder common = GB2312.newEncoder();
    int nonAscii = 0;
    int rare = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (!common.canEncode(c)) {
          rare++;
        }
      }
    }
    if (rare > MAX_RARE_SHARE * nonAscii) {
      throw new DecodeProblem("neither UTF-8 nor GB18030 (as GB18030, " + rare + " of its " + nonAscii
          + " non-ASCII characters would be outside GB2312)");
    }
  }

  /** NUL bytes or many control characters mean an image or archive renamed to .txt. */
  private static void rejectBinary(byte[] bytes) {
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new DecodeProblem(looksLikeUtf16(bytes)
            ? "UTF-16 without a byte-order mark (NUL at byte " + i + "); save it as UTF-8 or with a BOM"
            : "binary content (NUL at byte " + i + ")");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * bytes.length) {
      throw new DecodeProblem("binary content (" + controls + " control bytes in " + bytes.length + ")");
    }
  }

  /** ASCII in UTF-16 has a NUL in every other byte, all at even or all at odd offsets. */
  private static boolean looksLikeUtf16(byte[] bytes) {
    int[] nulsAt = new int[2];
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        nulsAt[i % 2]++;
      }
    }
    int nuls = nulsAt[0] + nulsAt[1];
    return bytes.length % 2 == 0 && Math.max(nulsAt[0], nulsAt[1]) == nuls && nuls >= bytes.length / 8;
  }

  private static Optional<String> strict(Charset charset, byte[] bytes, int skip) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Why a file's bytes are not text; the reader turns it into an InputException. */
  static final class DecodeProblem extends RuntimeException {
    DecodeProblem(String problem) {
      super(problem, null, false, false);
    }
  }
}
