package zonekg.extract;

import java.util.List;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Stage;

/**
 * SegmentedDoc → MentionedDoc: the entity mentions of a document (zones, enterprises, projects,
 * platforms, regions), each attached to its zone.
 */
public final class DocumentExtractor implements Stage<SegmentedDoc, MentionedDoc> {
  private final EntityExtractor entities;

  public DocumentExtractor(EntityExtractor entities) {
    this.entities = entities;
  }

  @Override
  public MentionedDoc apply(SegmentedDoc doc) {
    List<Mention> mentions = entities.extract(doc);
    return new MentionedDoc(doc, mentions, List.of());
  }
}
