package zonekg.extract.region;

import java.util.ArrayList;
import java.util.List;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.extract.Extractor;

/**
 * Provinces, cities and districts written with their full names (山东省, 济南市, 历下区) and
 * 全国: the places statistics are compared with and zones lie in.
 */
public final class RegionExtractor implements Extractor<Mention> {
  /** Two-character full names (城区, 郊区, 矿区) are ordinary words far more often than places. */
  private static final int MIN_LENGTH = 3;
  private static final String COUNTRY = "全国";
  /** 山东省级孵化器: the province's level of a title, not the province as a place. */
  private static final String LEVEL = "级";

  private final Gazetteer gazetteer;

  public RegionExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> extract(SegmentedDoc doc) {
    List<Mention> out = new ArrayList<>();
    doc.sentences().forEach(s -> inSentence(s, out));
    return out;
  }

  private void inSentence(Sentence sentence, List<Mention> out) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith(COUNTRY, i)) {
        out.add(Mention.of(EntityType.REGION, COUNTRY, new Span(i, i + 2).shift(offset), sentence.index()));
        i += 1;
        continue;
      }
      int len = gazetteer.longestFullNameAt(text, i, MIN_LENGTH);
      if (len > 0 && !text.startsWith(LEVEL, i + len)) {
        out.add(Mention.of(EntityType.REGION, text.substring(i, i + len), new Span(i, i + len).shift(offset),
            sentence.index()));
        i += len - 1;
      }
    }
  }
}
