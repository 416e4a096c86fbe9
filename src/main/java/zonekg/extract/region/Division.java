package zonekg.extract.region;

import zonekg.doc.Checks;

/**
 * One GB/T 2260 administrative division.
 *
 * @param code six-digit division code (370100)
 * @param name full name (济南市)
 * @param level country, province, city or district
 * @param parent code of the division above it, or null for the country
 */
public record Division(String code, String name, Level level, String parent) {
  public Division {
    Checks.argument(code.length() == 6, "division code '%s' is not six digits", code);
    Checks.argument(!name.isBlank(), "division %s without name", code);
    Checks.notNull(level, "level");
  }

  /** Administrative level, from the country down. */
  public enum Level {
    COUNTRY, PROVINCE, CITY, DISTRICT;

    static Level parse(String s) {
      return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** 北京市, 天津市, 上海市, 重庆市: provinces that are also their own city. */
  public boolean isMunicipality() {
    return level == Level.PROVINCE && name.endsWith("市");
  }
}
