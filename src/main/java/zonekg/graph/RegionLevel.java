package zonekg.graph;

import org.apache.jena.graph.Node;
import zonekg.vocab.ZK;

/** The level of an administrative division, read from the structure of its GB/T 2260 code. */
final class RegionLevel {
  /** The code GB/T 2260 gives the whole country. */
  static final String COUNTRY_CODE = "100000";

  private RegionLevel() {}

  /** Whether a code names a province-level division: a province, autonomous region or municipality. */
  static boolean isProvince(String code) {
    return code != null && code.length() == 6 && code.endsWith("0000") && !code.equals(COUNTRY_CODE);
  }

  /** Country, province (xx0000), prefecture-level city (xxxx00) or county-level division. */
  static Node of(String code) {
    if (code == null || code.length() != 6) {
      return ZK.Nodes.Region;
    }
    if (code.equals(COUNTRY_CODE)) {
      return ZK.Nodes.Country;
    }
    if (isProvince(code)) {
      return ZK.Nodes.Province;
    }
    return code.endsWith("00") ? ZK.Nodes.City : ZK.Nodes.County;
  }
}
