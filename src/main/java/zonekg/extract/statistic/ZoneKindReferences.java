package zonekg.extract.statistic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Sentence;
import zonekg.doc.Span;

/**
 * A zone referred to by its kind alone. An interview with a free-trade section's director says 片区 for the
 * section, though the article also names the development zone beside it; 合作区 and 综改区 are a cooperation zone's
 * and a reform zone's words for themselves. A kind word that opens a clause (片区新设立企业1873家; 上半年，综改区…) names
 * the zone of that kind the article named last before it; 新区内的某某综合保税区 names the zone inside it instead.
 */
final class ZoneKindReferences {
  /** Each word a zone calls itself by, and how the names of zones of that kind end. */
  private static final Map<String, Pattern> KINDS = Map.of(
      "片区", Pattern.compile("片区$"),
      "合作区", Pattern.compile("合作(?:示范)?区$"),
      "综改区", Pattern.compile("(?:综改|综合改革)示范区$|综改区$"),
      "经开区", Pattern.compile("经开区$|经济(?:技术)?开发区$"),
      "高新区", Pattern.compile("高新区$|高(?:新)?技术产业开发区$"),
      "综保区", Pattern.compile("综保区$|综合保税区$"),
      "新区", Pattern.compile("(?<!高)新区$"));
  /** A kind word opening a clause, after a time, 其中 or 目前: ^|，(上半年|1—9月…)?(片区|…). */
  private static final Pattern OPENING = Pattern.compile("(?:^|(?<=[，,；;：:]))" + SubjectFinder.TIME_LEAD + "("
      + String.join("|", KINDS.keySet()) + ")(?=[\\p{IsHan}])(?!内的)");

  private ZoneKindReferences() {}

  /**
   * {@code named}, the mentions of {@code sentence}, with a zone mention for each kind word opening one of its clauses
   * that {@code zones}, the article's zone mentions in text order, name a zone of before it.
   */
  static List<Mention> with(Sentence sentence, List<Mention> named, List<Mention> zones) {
    Matcher word = OPENING.matcher(sentence.text());
    List<Mention> out = new ArrayList<>(named);
    while (word.find()) {
      Span at = new Span(word.start(1), word.end(1)).shift(sentence.span().begin());
      boolean inName = named.stream().anyMatch(m -> m.span().overlaps(at));
      Pattern kind = KINDS.get(word.group(1));
      Optional<Mention> zone = zones.stream()
          .filter(z -> z.span().end() <= at.begin() && kind.matcher(z.name()).find())
          .max(Comparator.comparing(Mention::span));
      if (!inName && zone.isPresent()) {
        out.add(new Mention(EntityType.ZONE, zone.get().name(), at, sentence.index(), null, null, null));
      }
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }
}
