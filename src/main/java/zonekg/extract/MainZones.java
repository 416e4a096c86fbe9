package zonekg.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Article;
import zonekg.doc.EntityType;
import zonekg.doc.LineShapes;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.zone.NationalZones;
import zonekg.extract.zone.ZoneNames;

/**
 * The zone each article is about: the zone its headline names (or, for a headline printed apart from the text,
 * the zone of the body that it spells out; for an article without one, the zone its lead opens with), else the zone
 * its body names most often (the first named on a tie).
 * An article split off without a headline that names zones only in passing goes on about the one before it.
 * Anaphora such as 该高新区, 全区 and bare 高新区 refer to it; a paragraph may turn to another ({@link #leading}).
 */
public final class MainZones {
  private static final int MAX_HEADLINE = 40;
  private static final String DEVELOPMENT_ZONE = "经开区";
  private static final String BARE_DEVELOPMENT_ZONE = "开发区";
  private static final String SENTENCE_STOPS = "。！？!?；;…";
  /** An article's dateline and byline before its lead: 本报讯（记者 某某）, 新华社某地电（记者 某某）. */
  private static final Pattern NEWS_LEAD = Pattern.compile(
      "(?:" + LineShapes.DATELINE + ")(?:[（(][^）)]{0,30}[）)])?\\s*");
  /**
   * What may come before a zone that is its sentence's topic: a list number (五、, （二）, 3.); who speaks, where the
   * zone is his (答（某某开发区管委会…）, 某某主任：); a short clause (与此同时，, 前三季度，), what it is (常州另一国家级高新区——,
   * 同在某市的), 在, 位于; and its province, which the zone's name leaves out (贵州清镇经济开发区).
   */
  private static final Pattern LEAD_IN = Pattern.compile(
      "(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、])?"
          + "(?:答[（(]|[^，,。；;：:]{1,20}[：:])?(?:[^，,。；;]{1,10}[，,])?(?:[^，,。；;—]{1,12}——)?(?:在|位于|走进)?"
          + "(?:[^，,。；;]{1,12}的)?(?<place>\\p{IsHan}{2,8})?");

  private MainZones() {}

  /** Article index → main zone name; articles naming no zone are absent. */
  public static Map<Integer, String> of(SegmentedDoc doc, List<Mention> mentions) {
    Map<Integer, String> out = new HashMap<>();
    String previous = null;
    for (Article article : doc.articles()) {
      String main = goesOn(article, mentions) && previous != null ? previous : mainZone(article, mentions);
      if (main != null) {
        out.put(article.index(), main);
      }
      previous = main;
    }
    return out;
  }

  /**
   * 六、开放型经济 / 全年外贸进出口总额48.6亿元…依托某某综合保税区…: an article without a headline of its own, split off at
   * a section's heading, that names zones only in passing (none opens a sentence as its topic, none in its first
   * sentence) goes on about the zone the article before it was about.
   */
  private static boolean goesOn(Article article, List<Mention> mentions) {
    if (article.title() != null || article.sentences().isEmpty()) {
      return false;
    }
    List<Mention> zones = mentions.stream()
        .filter(m -> m.type() == EntityType.ZONE && article.span().contains(m.span())).toList();
    Sentence first = article.sentences().get(0);
    return zones.stream().noneMatch(z -> first.span().contains(z.span()))
        && article.sentences().stream().allMatch(s -> leading(s, zones).isEmpty());
  }

  /**
   * The zone a sentence opens with as its topic, maybe after a short lead-in clause (与此同时，某某经开区…;
   * 前三季度，某某高新区…), or empty: a report on one zone often turns to another for a paragraph.
   */
  public static Optional<Mention> leading(Sentence sentence, List<Mention> mentions) {
    return mentions.stream()
        .filter(m -> m.type() == EntityType.ZONE && m.sentence() == sentence.index())
        .min(Comparator.comparing(Mention::span))
        .filter(z -> isLeadIn(sentence.text().substring(0, z.span().begin() - sentence.span().begin())));
  }

  private static boolean isLeadIn(String before) {
    Matcher m = LEAD_IN.matcher(before);
    return m.matches() && (m.group("place") == null || isPlace(m.group("place")));
  }

  private static boolean isPlace(String name) {
    return Gazetteer.get().longestNameAt(name, 0) == name.length() && Gazetteer.get().lookup(name).isPresent();
  }

  private static String mainZone(Article article, List<Mention> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    String inTitle = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.ZONE || !article.span().contains(m.span())) {
        continue;
      }
      counts.merge(m.name(), 1, Integer::sum);
      if (inTitle == null && (article.title() != null ? inTitleSpan(article, m)
          : inHeadlineSentence(article, m) || opensLead(article, m))) {
        inTitle = m.name();
      }
    }
    if (inTitle != null) {
      return inTitle;
    }
    // a headline printed apart from the text has no mentions of its own: a zone the body names that it spells out
    Optional<String> spelledInTitle = article.title() == null ? Optional.empty() : counts.keySet().stream()
        .filter(name -> spelledIn(article.title(), name)).max(Comparator.comparingInt(String::length));
    if (spelledInTitle.isPresent()) {
      return spelledInTitle.get();
    }
    // 郑州航空港经济综合实验区2024年工作总结 over a body that only says 航空港区: the listed zone the headline names
    Optional<String> listedInTitle = article.title() == null ? Optional.empty() : listedZoneIn(article.title());
    if (listedInTitle.isPresent()) {
      return listedInTitle.get();
    }
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The first zone of the public lists a headline names by its full or short name. */
  private static Optional<String> listedZoneIn(String title) {
    for (int at = 0; at < title.length(); at++) {
      int length = NationalZones.get().longestNameAt(title, at);
      if (length > 0) {
        return Optional.of(title.substring(at, at + length));
      }
    }
    return Optional.empty();
  }

  /** 烟台经济技术开发区 in a headline that says 烟台经济技术开发区, 烟台经开区 or 烟台开发区. */
  private static boolean spelledIn(String title, String zone) {
    String canonical = ZoneNames.canonical(zone);
    return title.contains(zone) || title.contains(canonical)
        || canonical.endsWith(DEVELOPMENT_ZONE) && title.contains(ZoneNames.stem(zone) + BARE_DEVELOPMENT_ZONE);
  }

  private static boolean inTitleSpan(Article article, Mention m) {
    return !article.sentences().isEmpty() && m.span().end() <= article.sentences().get(0).span().begin()
        || article.sentences().isEmpty();
  }

  /**
   * A document's first headline is often read as its first sentence (nothing before it marks it a headline), but
   * one that ends in no stop still says what the article is about.
   */
  /** 本报讯（记者 某某）某某高新区持续…: the zone an article's lead opens with, right after its dateline, is its topic. */
  private static boolean opensLead(Article article, Mention m) {
    if (article.sentences().isEmpty()) {
      return false;
    }
    Sentence first = article.sentences().get(0);
    Matcher lead = NEWS_LEAD.matcher(first.text());
    return lead.lookingAt() && m.span().begin() - first.span().begin() == lead.end();
  }

  private static boolean inHeadlineSentence(Article article, Mention m) {
    if (article.sentences().isEmpty()) {
      return false;
    }
    Sentence first = article.sentences().get(0);
    String text = first.text().strip();
    return first.span().contains(m.span()) && text.length() <= MAX_HEADLINE && !text.isEmpty()
        && SENTENCE_STOPS.indexOf(text.charAt(text.length() - 1)) < 0;
  }
}
