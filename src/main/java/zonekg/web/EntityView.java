package zonekg.web;

import java.util.List;
import java.util.Optional;

/** Everything an entity page shows about one IRI, read from the graph in one read transaction. */
record EntityView(String iri, String label, List<Link> types, List<String> aliases, List<Fact> facts,
    List<Relation> incoming, List<StatisticRow> statistics, List<SentenceRow> sentences) {

  EntityView {
    types = List.copyOf(types);
    aliases = List.copyOf(aliases);
    facts = List.copyOf(facts);
    incoming = List.copyOf(incoming);
    statistics = List.copyOf(statistics);
    sentences = List.copyOf(sentences);
  }

  /** A resource with the label to show for it (its IRI when it has none). */
  record Link(String iri, String label) {}

  /** One outgoing statement: a property and either a resource or a literal value. */
  record Fact(Link property, Optional<Link> resource, String literal) {}

  /** One incoming statement: which resource of which type points here through which property. */
  record Relation(Link property, Link type, Link source) {}

  /**
   * One statistic about, or measured by, the entity, with its evidence sentence and document;
   * {@code periodEnd} is the last day of its resolved period (ISO date), or empty.
   */
  record StatisticRow(String iri, Link subject, Link indicator, String value, String unit, String period,
      String periodEnd, String kind, String approx, Optional<Link> comparedTo, String evidence, Optional<Link> document) {}

  /** One sentence of a document, with how many statistics were read from it. */
  record SentenceRow(String iri, String text, long begin, int statistics) {}
}
