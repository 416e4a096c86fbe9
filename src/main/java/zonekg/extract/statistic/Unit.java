package zonekg.extract.statistic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zonekg.doc.Checks;
import zonekg.doc.ConfigException;

/**
 * A unit as printed after a number, with its normalised unit and multiplier, read from
 * {@code units.tsv}: 亿元 → CNY × 100000000 ("hundred million yuan").
 *
 * @param surface the printed form (亿元)
 * @param base the normalised unit (CNY)
 * @param multiplier what one printed unit is in the base unit (100000000)
 * @param gloss an English explanation
 */
public record Unit(String surface, BaseUnit base, BigDecimal multiplier, String gloss) {
  private static final String RESOURCE = "units.tsv";
  private static final Map<String, Unit> BY_SURFACE = load();
  private static final List<String> LONGEST_FIRST = BY_SURFACE.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .toList();

  public Unit {
    Checks.argument(!surface.isBlank(), "unit without surface form");
    Checks.notNull(base, "base");
    Checks.argument(multiplier.signum() > 0, "unit %s with multiplier %s", surface, multiplier);
  }

  /** The unit printed as {@code printed} (亿元, 个百分点, fraction), if the lexicon knows it. */
  public static Optional<Unit> lookup(String printed) {
    return printed == null ? Optional.empty() : Optional.ofNullable(BY_SURFACE.get(printed.strip()));
  }

  /** The longest known unit that {@code text} starts with at {@code from}, if any. */
  static Optional<Unit> longestAt(CharSequence text, int from) {
    for (String surface : LONGEST_FIRST) {
      if (startsWith(text, from, surface)) {
        return Optional.of(BY_SURFACE.get(surface));
      }
    }
    return Optional.empty();
  }

  /** {@code value} printed in this unit, expressed in the base unit (738.6 亿元 → 73860000000). */
  public BigDecimal normalise(BigDecimal value) {
    return value.multiply(multiplier).stripTrailingZeros();
  }

  private static boolean startsWith(CharSequence text, int from, String prefix) {
    return from + prefix.length() <= text.length()
        && text.subSequence(from, from + prefix.length()).toString().equals(prefix);
  }

  private static Map<String, Unit> load() {
    InputStream in = Unit.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new ConfigException("unit lexicon " + RESOURCE + " missing from the classpath; cannot read units");
    }
    Map<String, Unit> out = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 4) {
          throw new ConfigException(RESOURCE + ":" + number + ": expected 4 tab-separated cells, found "
              + cells.length + "; fix the unit lexicon");
        }
        out.put(cells[0], new Unit(cells[0], BaseUnit.valueOf(cells[1]), new BigDecimal(cells[2]), cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
