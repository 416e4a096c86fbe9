package zonekg.extract;

import java.util.List;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.Observation;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Stage;
import zonekg.extract.statistic.StatisticExtractor;

/**
 * SegmentedDoc → MentionedDoc: entity mentions first (zones, enterprises, projects, platforms,
 * regions, each attached to its zone), then the statistics, whose subjects are those entities.
 */
public final class DocumentExtractor implements Stage<SegmentedDoc, MentionedDoc> {
  private final EntityExtractor entities;
  private final StatisticExtractor statistics;

  public DocumentExtractor(EntityExtractor entities, StatisticExtractor statistics) {
    this.entities = entities;
    this.statistics = statistics;
  }

  @Override
  public MentionedDoc apply(SegmentedDoc doc) {
    List<Mention> mentions = entities.extract(doc);
    List<Observation> observations = statistics.extract(doc, mentions);
    return new MentionedDoc(doc, mentions, observations);
  }
}
