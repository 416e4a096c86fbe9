package zonekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.extract.zone.ZoneNames;

/**
 * A zone referred to by its kind alone. An interview with a free-trade section's director says 片区 for the
 * section, though the article also names the development zone beside it; 合作区 and 综改区 are a cooperation zone's
 * and a reform zone's words for themselves. A kind word that opens a clause (片区新设立企业1873家; 上半年，综改区…) or
 * says where something lies (在片区投资建设的…) names the zone of that kind the article named most often before it;
 * 新区内的某某综合保税区 names the zone inside it instead.
 */
public final class ZoneKindReferences {
  /**
   * A time, 其中, 目前 or 同期 before a clause's topic (上半年，片区…; 前10个月全省…; 其中中试基地…), each maybe followed by a comma; the
   * statistics' subject finder reads it too.
   */
  public static final String TIME_LEAD = "(?:(?:其中|目前|当前|截至目前|今年|去年|同期|[上下]半年|前?[一二三四]季度"
      + "|\\d{4}年(?:[上下]半年|前?[一二三四]季度|\\d{1,2}月(?:底|末)?)?|\\d{1,2}(?:—|-|至)\\d{1,2}月"
      + "|前(?:\\d{1,2}|[两二三四五六七八九十]|十[一二])个月|\\d{1,2}月份)[，,]?)*";
  /** Each word a zone calls itself by, and how the names of zones of that kind end. */
  private static final Map<String, Pattern> KINDS = Map.of(
      "片区", Pattern.compile("片区$"),
      "合作区", Pattern.compile("合作(?:示范)?区$"),
      "综改区", Pattern.compile("(?:综改|综合改革)示范区$|综改区$"),
      "经开区", Pattern.compile("经开区$|经济(?:技术)?开发区$"),
      "高新区", Pattern.compile("高新区$|高(?:新)?技术产业开发区$"),
      "综保区", Pattern.compile("综保区$|综合保税区$"),
      "新区", Pattern.compile("(?<!高)新区$"));
  private static final String KIND_WORD = "(" + String.join("|", KINDS.keySet()) + ")(?=[\\p{IsHan}])(?!内的)";
  /** The marks after which a clause opens (the statistics' subject finder reads them too). */
  public static final String CLAUSE_MARKS = "，,；;：:";
  /** A kind word opening a clause, after a time, 其中 or 目前: 片区新设立企业…, 上半年，综改区…. */
  private static final FirstCharPattern OPENING = new FirstCharPattern(
      Pattern.compile("(?:^|[" + CLAUSE_MARKS + "])" + TIME_LEAD + KIND_WORD), CLAUSE_MARKS);
  /** A kind word saying where something lies or settles: 在片区投资建设的…, 落户片区的…. */
  private static final FirstCharPattern PLACING =
      new FirstCharPattern(Pattern.compile("(?:在|落户|入驻|落地)" + KIND_WORD), "在落入");

  private ZoneKindReferences() {}

  /**
   * {@code named}, the mentions of {@code sentence}, with a zone mention for each kind word opening one of its clauses
   * that {@code zones}, the article's zone mentions in text order, name a zone of before it.
   */
  public static List<Mention> with(Sentence sentence, List<Mention> named, List<Mention> zones) {
    return with(sentence, named, zones, List.of(OPENING));
  }

  /** As {@link #with}, also for a kind word that says where something lies (在片区投资建设的…). */
  public static List<Mention> withPlaces(Sentence sentence, List<Mention> named, List<Mention> zones) {
    return with(sentence, named, zones, List.of(OPENING, PLACING));
  }

  private static List<Mention> with(Sentence sentence, List<Mention> named, List<Mention> zones,
      List<FirstCharPattern> words) {
    List<Mention> out = new ArrayList<>(named);
    // most sentences hold no kind word at all
    List<FirstCharPattern> tried = KINDS.keySet().stream().anyMatch(sentence.text()::contains) ? words : List.of();
    for (FirstCharPattern kindWords : tried) {
      for (MatchResult word : kindWords.findAll(sentence.text())) {
        Span at = new Span(word.start(1), word.end(1)).shift(sentence.span().begin());
        boolean inName = named.stream().anyMatch(m -> m.span().overlaps(at));
        referred(zones, at, KINDS.get(word.group(1)))
            .filter(zone -> !inName)
            .ifPresent(zone -> out.add(new Mention(EntityType.ZONE, zone, at, sentence.index(), null, null, null)));
      }
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  /**
   * The zone of a kind that a kind word at {@code at} refers to: of those named before it, the one named most often
   * (an interview's own 片区, though a sibling was named last), the latest on a tie.
   */
  private static Optional<String> referred(List<Mention> zones, Span at, Pattern kind) {
    // a free-trade section is named in full and alone (中国（广西）自由贸易试验区钦州港片区, 钦州港片区): one zone
    Map<String, Integer> times = new HashMap<>();
    Map<String, Mention> latest = new HashMap<>();
    zones.stream().filter(z -> z.span().end() <= at.begin() && kind.matcher(z.name()).find()).forEach(z -> {
      String key = ZoneNames.freeTradeSection(z.name()).orElse(z.name());
      times.merge(key, 1, Integer::sum);
      latest.put(key, z);
    });
    return times.keySet().stream()
        .max(Comparator.comparing((String z) -> times.get(z)).thenComparing(z -> latest.get(z).span()))
        .map(z -> latest.get(z).name());
  }
}
