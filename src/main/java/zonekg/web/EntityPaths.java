package zonekg.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import zonekg.doc.Checks;

/**
 * Maps the IRIs we mint to short paths on this server and back: {@code https://w3id.org/zonekg/id/zone/星河高新区}
 * ↔ {@code /id/zone/%E6%98%9F...}; any other IRI is shown at {@code /page?iri=...}.
 * Chinese stays literal in an IRI but travels percent-encoded in a URL; ASCII escapes the minter made
 * ({@code %20}, {@code %2F}) stay escaped both ways, so the round trip is exact.
 */
final class EntityPaths {
  /** Path prefix of entity pages, mirroring the IRI path below the data base. */
  static final String ID_PATH = "/id/";
  static final String PAGE_PATH = "/page";

  /**
   * Escapes and segments Jetty refuses in a path as ambiguous (an escaped '/', '\\' or '%', a dot segment):
   * IRIs holding them are shown by query parameter instead.
   */
  private static final Pattern AMBIGUOUS = Pattern.compile("%2[fF5]|%5[cC]|(^|/)\\.{1,2}(/|$)");

  private final String dataBase;

  EntityPaths(String dataBase) {
    Checks.argument(dataBase.endsWith("/"), "data IRI base must end in /: %s", dataBase);
    this.dataBase = dataBase;
  }

  String dataBase() {
    return dataBase;
  }

  /** The IRI under {@code base} that a raw (still percent-encoded) path below {@code /id/} names. */
  static String iri(String base, String rawPathBelowId) {
    return base + decodeNonAscii(rawPathBelowId);
  }

  /** The page URL (path and query) of an IRI on this server. */
  String href(String iri) {
    if (iri.startsWith(dataBase) && !AMBIGUOUS.matcher(iri.substring(dataBase.length())).find()) {
      return ID_PATH + encodeNonAscii(iri.substring(dataBase.length()));
    }
    return PAGE_PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
  }

  /** Decodes the percent-escapes of UTF-8 bytes above ASCII; ASCII escapes stay, in upper-case hex. */
  static String decodeNonAscii(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length()) {
      if (raw.charAt(i) == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
        run.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
        i += 3;
        continue;
      }
      flush(run, out);
      out.append(raw.charAt(i));
      i++;
    }
    flush(run, out);
    return out.toString();
  }

  /** Appends a run of escaped bytes: ASCII bytes and bytes that are not UTF-8 stay escaped, the rest decoded. */
  private static void flush(ByteArrayOutputStream run, StringBuilder out) {
    if (run.size() == 0) {
      return;
    }
    byte[] bytes = run.toByteArray();
    run.reset();
    int i = 0;
    while (i < bytes.length) {
      int end = i;
      while (end < bytes.length && (bytes[end] & 0x80) != 0) {
        end++;
      }
      if (end == i) {
        escape(bytes[i], out);
        i++;
        continue;
      }
      try {
        out.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, end - i)));
      } catch (CharacterCodingException e) {
        for (int j = i; j < end; j++) {
          escape(bytes[j], out);
        }
      }
      i = end;
    }
  }

  private static void escape(byte b, StringBuilder out) {
    out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  /** Percent-encodes every character above ASCII as UTF-8; ASCII, already valid in our IRIs, stays. */
  static String encodeNonAscii(String iriPath) {
    StringBuilder out = new StringBuilder(iriPath.length() * 3);
    iriPath.codePoints().forEach(cp -> {
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
      }
    });
    return out.toString();
  }
}
