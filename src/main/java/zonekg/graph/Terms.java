package zonekg.graph;

import org.apache.jena.graph.Node;
import zonekg.doc.Approx;
import zonekg.doc.StatKind;
import zonekg.vocab.ZK;

/** The ontology individuals that stand for our enum values. */
final class Terms {
  private Terms() {}

  static Node kind(StatKind kind) {
    return switch (kind) {
      case AMOUNT -> ZK.amount.asNode();
      case COUNT -> ZK.count.asNode();
      case GROWTH -> ZK.growth.asNode();
      case SHARE -> ZK.share.asNode();
      case RANK -> ZK.rank.asNode();
      case DIFFERENCE -> ZK.difference.asNode();
      case TARGET -> ZK.target.asNode();
      case OTHER -> ZK.other.asNode();
    };
  }

  static Node approx(Approx approx) {
    return switch (approx) {
      case OVER -> ZK.over.asNode();
      case ABOUT -> ZK.about.asNode();
      case UNDER -> ZK.under.asNode();
    };
  }
}
