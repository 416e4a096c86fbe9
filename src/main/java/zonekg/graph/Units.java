package zonekg.graph;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.apache.jena.graph.Node;
import zonekg.extract.statistic.BaseUnit;
import zonekg.vocab.QUDT;
import zonekg.vocab.ZK;

/** The unit IRI of each normalised unit: QUDT's where it has one, ours where it has none. */
final class Units {
  private Units() {}

  static Node of(BaseUnit unit) {
    return switch (unit) {
      case CNY -> QUDT.Nodes.CCY_CNY;
      case USD -> QUDT.Nodes.CCY_USD;
      case EUR -> QUDT.Nodes.CCY_EUR;
      case HKD -> QUDT.Nodes.CCY_HKD;
      case JPY -> QUDT.Nodes.CCY_JPY;
      case PERCENT -> QUDT.Nodes.PERCENT;
      case FRACTION -> QUDT.Nodes.UNITLESS;
      case PERCENTAGE_POINT -> ZK.percentagePoint.asNode();
      case COUNT -> QUDT.Nodes.NUM;
      case RANK -> ZK.rankPosition.asNode();
      case TIMES -> ZK.times.asNode();
      case M2 -> QUDT.Nodes.M2;
      case MU -> ZK.mu.asNode();
      case CNY_PER_MU -> ZK.yuanPerMu.asNode();
      case TONNE -> QUDT.Nodes.TONNE;
      case KG -> QUDT.Nodes.KiloGM;
      case M3 -> QUDT.Nodes.M3;
      case LITRE -> QUDT.Nodes.L;
      case KM -> QUDT.Nodes.KiloM;
      case KWH -> QUDT.Nodes.KiloW_HR;
      case KW -> QUDT.Nodes.KiloW;
      case PFLOPS -> ZK.petaflops.asNode();
      case POINT -> ZK.indexPoint.asNode();
      case AGE -> QUDT.Nodes.YR;
      case HOUR -> QUDT.Nodes.HR;
      case DAY -> QUDT.Nodes.DAY;
      case WORKING_DAY -> ZK.workingDay.asNode();
    };
  }

  /** The power of ten a multiplier stands for (亿 → 8), as sdmx-attribute:unitMult states it; empty for 1 or a non-power. */
  static OptionalInt exponent(BigDecimal multiplier) {
    BigDecimal m = multiplier.stripTrailingZeros();
    if (m.compareTo(BigDecimal.ONE) <= 0 || m.unscaledValue().compareTo(java.math.BigInteger.ONE) != 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(-m.scale());
  }
}
