package zonekg.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Checks;

/**
 * A positive number of bytes as people write it: {@code 64M}, {@code 200MB}, {@code 1 GiB}, {@code 500000}.
 * Multiples are binary (K = 1024), as file managers and {@code ls -h} show them.
 *
 * @param bytes the size in bytes, positive
 */
public record ByteSize(long bytes) {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(?:([KMGT])(?:I?B)?|B|BYTES?)?");
  private static final String UNITS = "KMGT";

  public ByteSize {
    Checks.argument(bytes > 0, "a size must be positive, got %d bytes", bytes);
  }

  /** Reads {@code 64M}, {@code 64MB}, {@code 64 MiB}, {@code 67108864}; throws IllegalArgumentException otherwise. */
  public static ByteSize parse(String text) {
    Matcher m = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
    Checks.argument(m.matches(), "'%s' is not a size (e.g. 64M, 1G or a number of bytes)", text);
    long number = Long.parseLong(m.group(1));
    int shift = m.group(2) == null ? 0 : 10 * (UNITS.indexOf(m.group(2)) + 1);
    Checks.argument(number > 0, "'%s' is not a positive size", text);
    Checks.argument(number <= Long.MAX_VALUE >> shift, "'%s' is too large", text);
    return new ByteSize(number << shift);
  }

  /** The largest exact binary unit: {@code 64 MiB}, {@code 2 KiB}, {@code 1000 bytes}. */
  @Override
  public String toString() {
    for (int i = UNITS.length(); i >= 1; i--) {
      long unit = 1L << (10 * i);
      if (bytes >= unit && bytes % unit == 0) {
        return (bytes / unit) + " " + UNITS.charAt(i - 1) + "iB";
      }
    }
    return bytes + " bytes";
  }
}
