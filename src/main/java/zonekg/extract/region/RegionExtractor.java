package zonekg.extract.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
  private static final int MIN_PROVINCE_SHORT = 2;
  private static final int MAX_PROVINCE_SHORT = 3;
  /**
   * What follows a province's short name that is the topic of a figure: a count, maybe after 有, or the whole
   * (广西8个综合保税区, 四川共有8个综合保税区, 宁夏全区), or what the province's figures measure (新疆国家级园区, 广西外贸), maybe
   * after a verb saying what the province has, built or aims at (江苏拥有国家高新区…, 陕西力争…); not more of a name
   * (广东揭阳…, 北京国际…).
   */
  private static final Pattern TOPIC_AFTER = Pattern.compile(
      "(?:(?:共|现|已|目前)?有)?(?:\\d|[一二两三四五六七八九十]+个)|全区|全省|全境|国家级|规上|规模以上|工业|地区生产总值|GDP|外贸|进出口|固定资产|社会消费|经济"
          + "|全年|今年|去年|上半年|前三季度|一季度|(?:共|已|累计)?拥有|共有|已建成|累计建成|力争");
  /** What comes before a clause a province's short name may open. */
  private static final String CLAUSE_OPENERS = "，,；;。：:";

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
      // a development zone the code list counts as a district is a zone, not a region
      if (len > 0 && !text.startsWith(LEVEL, i + len) && !Gazetteer.namesZone(text.substring(i, i + len))) {
        out.add(Mention.of(EntityType.REGION, text.substring(i, i + len), new Span(i, i + len).shift(offset),
            sentence.index()));
        i += len - 1;
        continue;
      }
      if (CLAUSE_OPENERS.indexOf(i == 0 ? CLAUSE_OPENERS.charAt(0) : text.charAt(i - 1)) >= 0) {
        int at = i;
        Optional<Mention> province = provinceAt(text, i).map(p -> Mention.of(EntityType.REGION, p.province().name(),
            new Span(at, at + p.length()).shift(offset), sentence.index()));
        if (province.isPresent()) {
          out.add(province.get());
          i = province.get().span().end() - offset - 1;
        }
      }
    }
  }

  private record ShortName(Division province, int length) {}

  /**
   * The province whose short name (广西, 内蒙古) opens a clause at {@code at} as the topic of a figure (广西8个综合保税区
   * 合计…).
   */
  private Optional<ShortName> provinceAt(String text, int at) {
    for (int len = MAX_PROVINCE_SHORT; len >= MIN_PROVINCE_SHORT; len--) {
      if (at + len > text.length() || !TOPIC_AFTER.matcher(text).region(at + len, text.length()).lookingAt()) {
        continue;
      }
      String name = text.substring(at, at + len);
      Optional<Division> province = gazetteer.lookup(name)
          .filter(d -> d.level() == Division.Level.PROVINCE && !d.name().equals(name));
      if (province.isPresent()) {
        return Optional.of(new ShortName(province.get(), len));
      }
    }
    return Optional.empty();
  }
}
