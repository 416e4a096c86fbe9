package zonekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import zonekg.doc.Article;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.extract.region.Division;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.zone.NationalZones;
import zonekg.extract.zone.ZoneNames;

/**
 * Places enterprises, projects and platforms in a zone: the zone their own name opens with, else the one zone
 * whose own word their name holds, else the nearest zone named before them in the same sentence, else the first
 * after, else the one zone of the city their name opens with, else the zone that led an earlier sentence of their
 * paragraph, else the article's main zone. Projects
 * without an enterprise get the enterprise their name opens with.
 */
final class ZoneAttacher {
  private static final String CITY = "市";

  private ZoneAttacher() {}

  /** The mentions placed in zones; {@code companies} are the company names a project's name may open with. */
  static List<Mention> attach(SegmentedDoc doc, List<Mention> mentions, List<String> companies) {
    Map<Integer, String> main = MainZones.of(doc, mentions);
    List<Mention> named = mentions.stream().filter(m -> m.type() == EntityType.ZONE).toList();
    List<Mention> zones = withKindReferences(doc, mentions, named);
    List<Mention> leaders = doc.sentences().map(s -> MainZones.leading(s, zones)).flatMap(Optional::stream).toList();
    Map<String, String> ownWords = ownWords(named);
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.ZONE || m.type() == EntityType.REGION) {
        out.add(m);
        continue;
      }
      String zone = opening(m, named).or(() -> ownWordHeld(m, ownWords)).or(() -> inSentence(m, zones))
          .or(() -> cityOpening(m, named)).or(() -> leadingInParagraph(doc.text(), m, leaders))
          .orElseGet(() -> main.get(doc.articleOf(m.sentence()).index()));
      Mention placed = m.withZone(zone);
      if (placed.type() == EntityType.PROJECT && placed.enterprise() == null) {
        placed = withOpeningEnterprise(placed, companies);
      }
      out.add(placed);
    }
    return out;
  }

  /**
   * The zones named in {@code doc}, with those its articles refer to by their kind (在片区投资建设的…, 片区新设立企业…), in
   * text order.
   */
  private static List<Mention> withKindReferences(SegmentedDoc doc, List<Mention> mentions, List<Mention> zones) {
    List<Mention> out = new ArrayList<>(zones);
    for (Article article : doc.articles()) {
      List<Mention> inArticle = zones.stream().filter(z -> article.span().contains(z.span())).toList();
      for (Sentence sentence : article.sentences()) {
        List<Mention> inSentence = mentions.stream().filter(m -> sentence.span().contains(m.span())).toList();
        ZoneKindReferences.withPlaces(sentence, inSentence, inArticle).stream()
            .filter(m -> !inSentence.contains(m))
            .forEach(out::add);
      }
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  private static Optional<String> opening(Mention m, List<Mention> zones) {
    return zones.stream().filter(z -> z.span().begin() == m.span().begin()).findFirst().map(Mention::name);
  }

  /**
   * Each zone of the document with its own word when that word is no place's name (净月 of 净月高新区, 火炬 of
   * 火炬开发区): a city's name (常州 of 常州高新区) names companies of every zone in the city, so it places nothing.
   */
  private static Map<String, String> ownWords(List<Mention> zones) {
    Gazetteer places = Gazetteer.get();
    Map<String, String> out = new TreeMap<>();
    for (Mention z : zones) {
      String stem = ZoneNames.stem(z.name());
      if (stem.length() >= 2 && places.longestNameAt(stem, 0) == 0) {
        out.put(z.name(), stem);
      }
    }
    return out;
  }

  /**
   * The one zone whose own word ({@code ownWords}, zone → word) the mention's name holds: 长春净月大数据研究院 is
   * 净月高新区's, 中山火炬国际健康医药创新中心 火炬开发区's.
   */
  private static Optional<String> ownWordHeld(Mention m, Map<String, String> ownWords) {
    List<String> held = ownWords.entrySet().stream()
        .filter(e -> m.name().contains(e.getValue())).map(Map.Entry::getKey).toList();
    return held.size() == 1 ? Optional.of(held.get(0)) : Optional.empty();
  }

  /**
   * 洛阳中科晶体材料有限公司 in a round-up of several cities' zones: the one zone of the document in the city the
   * mention's name opens with, by the national lists (东湖高新区 is 武汉's) or by the city in the zone's own name. A
   * name shared by a province (吉林) places nothing.
   */
  private static Optional<String> cityOpening(Mention m, List<Mention> zones) {
    Gazetteer places = Gazetteer.get();
    String place = m.name().substring(0, places.longestNameAt(m.name(), 0));
    Optional<Division> city = places.namesOnePlace(place)
        ? places.lookup(place).filter(d -> d.level() == Division.Level.CITY) : Optional.empty();
    if (city.isEmpty()) {
      return Optional.empty();
    }
    String stem = place.endsWith(CITY) ? place.substring(0, place.length() - CITY.length()) : place;
    List<String> inCity = zones.stream().map(Mention::name).distinct()
        .filter(z -> z.contains(stem) || listedCity(z).filter(city.get().name()::equals).isPresent()).toList();
    return inCity.size() == 1 ? Optional.of(inCity.get(0)) : Optional.empty();
  }

  private static Optional<String> listedCity(String zone) {
    return NationalZones.get().find(zone).map(NationalZones.Listed::city);
  }

  private static Optional<String> inSentence(Mention m, List<Mention> zones) {
    List<Mention> same = zones.stream().filter(z -> z.sentence() == m.sentence()).toList();
    Optional<Mention> before = same.stream()
        .filter(z -> z.span().end() <= m.span().begin())
        .max(Comparator.comparing(Mention::span));
    return before.or(() -> same.stream().findFirst()).map(Mention::name);
  }

  /**
   * Of the zones that lead their sentence ({@code leaders}), the one of the latest earlier sentence of the same
   * paragraph (与此同时，某某经开区新签约项目27个。某某公司…): a report on one zone often turns to another for a
   * paragraph.
   */
  private static Optional<String> leadingInParagraph(String text, Mention m, List<Mention> leaders) {
    return leaders.stream()
        .filter(z -> z.sentence() < m.sentence() && sameParagraph(text, z.span().begin(), m.span().begin()))
        .max(Comparator.comparing(Mention::span))
        .map(Mention::name);
  }

  private static boolean sameParagraph(String text, int from, int to) {
    int lineEnd = text.indexOf('\n', from);
    return lineEnd < 0 || lineEnd >= to;
  }

  private static Mention withOpeningEnterprise(Mention project, List<String> companies) {
    return companies.stream()
        .filter(n -> project.name().startsWith(n) && !project.name().equals(n))
        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .map(n -> new Mention(project.type(), project.name(), project.span(), project.sentence(), project.zone(), n,
            project.status()))
        .orElse(project);
  }
}
