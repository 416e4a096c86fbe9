package zonekg.doc;

import java.io.Serializable;
import java.util.List;

/** A segmented document with every entity mention and statistic found in it. */
public record MentionedDoc(SegmentedDoc doc, List<Mention> mentions, List<Observation> observations)
    implements Serializable {
  public MentionedDoc {
    mentions = List.copyOf(mentions);
    observations = List.copyOf(observations);
  }

  public String name() {
    return doc.name();
  }
}
