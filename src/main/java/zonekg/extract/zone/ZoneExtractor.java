package zonekg.extract.zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.Extractor;
import zonekg.extract.Han;
import zonekg.extract.ListItems;
import zonekg.extract.region.Division;
import zonekg.extract.region.Gazetteer;

/**
 * Development zones named by the grammar [place][modifier]?[zone suffix]: 济南高新区,
 * 厦门火炬高新区, 天津滨海高新技术产业开发区, 湖南湘江新区, 济南综保区. A bare suffix (高新区,
 * 该高新区, 国家高新区) names no zone and is left to {@link zonekg.extract.MainZones}.
 */
public final class ZoneExtractor implements Extractor<Mention> {
  private static final String INDUSTRIAL_PARK = "工业园区";
  /** A zone named right before a place's industrial park, which is then one of its parks. */
  private static final Pattern ZONE_BEFORE = Pattern.compile("(?:高新区|经开区|开发区|新区|综保区|示范区)$");
  private static final int ZONE_KIND_LENGTH = 3;
  /** 齐鲁开发区导报, 某某新区报社: a paper named after a zone or its region is no zone. */
  private static final Pattern NEWSPAPER = Pattern.compile("(?:导报|日报|时报|晚报|周报|报社|周刊)");
  /** How a city or province is named for short: its first two characters (南昌, 江西, 内蒙). */
  private static final int SHORT_PLACE = 2;
  /** No place's name is shorter. */
  private static final int MIN_PLACE = 2;
  /** Longest first, so that 高新技术产业开发区 wins over 开发区 at the same end. */
  private static final List<String> SUFFIXES = List.of(
      "国家高新技术产业开发区", "高新技术产业开发区", "高新技术产业园区", "高技术产业开发区", "新技术产业开发区", "高新技术开发区",
      "新技术开发区",
      "国家级经济技术开发区", "经济技术开发区", "新兴技术开发区", "国家自主创新示范区", "边境经济合作区", "跨境经济合作区",
      "综合保税区", "农业高新技术产业示范区", "国家农高区", "农高区", "经济开发区", "台商投资区",
      "国家级高新区", "国家级经开区", "国家高新区", "国家经开区",
      "经济综合实验区", "转型综合改革示范区", "综改示范区", "自贸片区", INDUSTRIAL_PARK, "高新区", "经开区", "综保区", "保税港区",
      "保税区", "示范区", "开发区", "新区");
  /** Words before a zone's kind that name no zone of their own (苏州工业园区, 某某经济开发区). */
  private static final Pattern GENERIC_STEM = Pattern.compile("(?:工业|产业|经济|高新|技术|国家|综合|科技|现代|新技术)");
  /**
   * Kinds only the public lists name zones of (横琴粤澳深度合作区, 平潭综合实验区, 三亚崖州湾科技城): elsewhere any
   * cooperation is one, and a 科技城 is a park.
   */
  private static final List<String> LISTED_KINDS =
      List.of("合作区", "实验区", "试验区", "先行区", "科技城", "航天城", "商务区");
  /** Kinds of zone a province has one of, named by the province alone (山西综改示范区). */
  private static final List<String> PROVINCIAL_SUFFIXES = List.of("转型综合改革示范区", "综改示范区");
  /** The longest modifier between a place and its zone's suffix (火炬, 国际铁路港, 国际机场). */
  private static final int MAX_MODIFIER = 6;
  /** The national rank some names carry before their suffix (青海国家高新区), which the public lists leave out. */
  private static final Pattern NATIONAL = Pattern.compile("国家级?(?=高新|经开|经济技术|高技术|新技术)");
  /** Characters that never sit inside a zone's modifier (火炬, 滨海, 稀土): function words and marks. */
  private static final String NOT_MODIFIER = "的和与及在是了等为对向从到把被将于、，,。；;：:（）()“”\"《》 市省县区镇乡村我该本全各其每个家讯";
  /**
   * HanLP glues a preposition or verb to a place it does not know (记者从洋浦/ns经济开发区, 占嘉兴/nr综保区): a place
   * that no gazetteer holds does not open with one of these. Places that do (随州, 和田, 于都) are in the gazetteer.
   */
  private static final String GLUED_OPENERS = "从在对向与和及由把被将于至到占为是比较据经居";
  /** Words HanLP tags as places that name a level, not a place (居自治区高新区第2位: the region's zones as a whole). */
  private static final Set<String> LEVEL_WORDS = Set.of("自治区", "特别行政区");
  /** The first letters of the parts of speech that no modifier holds: verbs, prepositions, conjunctions, adverbs… */
  private static final String MODIFIER_STOP_TAGS = "vpcdurmqtf";
  /** Of those, the ones a single character keeps: verbs, prepositions, conjunctions, particles, pronouns. */
  private static final String SINGLE_CHARACTER_STOP_TAGS = "vpcur";
  /**
   * 郑州经开综合保税区, 成都高新综合保税区: the zone a bonded zone lies in, by its kind's short form, is its modifier,
   * however HanLP cut it (郑州经/nr 开/v).
   */
  private static final Set<String> ZONE_OF_A_ZONE = Set.of("经开", "高新");
  /** Words that pick out some zones of a place: 部分, 其他, 一批, 多个, 三个, 重点 … */
  private static final Pattern SOME_OF =
      Pattern.compile("部分|其他|其余|一些|一批|多个|若干|主要|重点|相关|周边|沿线|[两二三四五六七八九十几]大|[两二三四五六七八九十几]个|各|全部|所有");
  private static final Pattern ORGANISATION = Pattern.compile("大学|学院|公司|集团|研究院|研究所|医院|银行");
  /** 江西专项债助力开发区建设: headlines' verbs HanLP tags as adjectives or nouns (助力/b) end what could modify a zone. */
  private static final Pattern HEADLINE_VERB = Pattern.compile("助力|赋能|推动|带动|打造|护航|加码|发力|点燃|激活|托举");
  /** The names of a free-trade zone's kind, in full and short. */
  private static final String FREE_TRADE_KINDS = "(?:自由贸易试验区|自贸试验区|自贸区)";
  private static final Pattern FREE_TRADE = Pattern.compile(
      "(?:中国)?[(（]?(\\p{IsHan}{2,3})[)）]?" + FREE_TRADE_KINDS + "(\\p{IsHan}{2,8}?)片区");
  /**
   * 中韩（长春）国际合作示范区, 中日地方发展合作示范区: a zone China runs with another country, named by the pair of
   * countries (one character for the other: 韩, 日, 德, 新 for Singapore, 以 for Israel …) and often a place; no
   * function word or second 中 inside (其中新建的中德合作区 names 中德合作区).
   */
  private static final Pattern COOPERATION = Pattern.compile(
      "中[韩日德法英美俄意新以澳奥瑞荷比西葡希波匈捷芬丹挪爱加墨巴阿埃沙伊土哈吉塔乌蒙越老柬泰缅马印菲文非欧]"
          + "(?:[(（]\\p{IsHan}{2,4}[)）])?[\\p{IsHan}&&[^的和与及在是了等为对向从到把被将于中]]{0,10}?合作(?:示范)?区");
  /**
   * 深汕特别合作区, 广清经济特别合作区: a zone two cities run together, named by a character of each (which no gazetteer
   * holds) after a mark or a word that governs a place (共建, 在, 与).
   */
  private static final Pattern CITIES_COOPERATION = Pattern.compile(
      "(?<![\\p{IsIdeographic}&&[^建在与和及的至到进]])\\p{IsIdeographic}{2}(?:经济)?特别合作区");
  /** 自贸试验区济南片区: a free trade area's section named by its city, without the province. */
  private static final Pattern FREE_TRADE_SECTION = Pattern.compile(FREE_TRADE_KINDS + "(\\p{IsHan}{2,4}?)片区");
  /** A free-trade section named by a place, right after a mark (，钦州港片区): the place opens what is before 片区. */
  private static final Pattern PLACE_SECTION = Pattern.compile("(?<=^|[，,；;。、])(\\p{IsHan}{2,4}?)片区");
  /**
   * A free-trade section named by what it hosts (，科技创新片区, 与国际商务服务片区): in a document about a free-trade zone,
   * a name of four or more characters of nouns right after a mark or a conjunction (老城片区 is a quarter of a town).
   */
  private static final Pattern FIELD_SECTION = Pattern.compile("(?<=^|[，,；;。、与和及])(\\p{IsHan}{4,6}?)片区");
  private static final Pattern FREE_TRADE_WORDS = Pattern.compile(FREE_TRADE_KINDS);
  /** The parts of speech a section's own name holds: nouns, names, verbal nouns, intransitive verbs (创新), adjectives. */
  private static final Pattern SECTION_NAME_TAGS = Pattern.compile("n.*|vn|vi|a|b|j");
  /** 济南综保区、章锦综保区: after a zone and a list mark, a short name with the same suffix is a zone too. */
  private static final String SIBLING = "[、和及与](\\p{IsHan}{2,4}?)";
  /**
   * Bonded zones and development zones are often named by a port, airport or quarter no gazetteer knows (西永,
   * 两路果园港, 古雷港), and innovation demonstration zones by a quarter or the places they join (中关村, 郑洛新): their
   * formal suffixes after such a proper name.
   */
  private static final List<String> PROPER_NAMED_SUFFIXES = List.of("综合保税区", "综保区", "保税港区", "国家自主创新示范区",
      "经济技术开发区", "新兴技术开发区", "经济开发区", "高新技术产业开发区");
  private static final int MAX_PROPER_NAME = 6;
  /** The shortest name of a zone in the code list (苏州工业园区). */
  private static final int MIN_CODE_LIST_NAME = 6;
  /** What may stand right before a bonded zone's own name: the sentence's start, a mark, 的, 在 … */
  private static final String BEFORE_NAME = "的、，,。；;：:（(“\"《【】在于与和及";
  /** HanLP's tags for proper names (ns place, nr person, nz other, nt organisation, j abbreviation). */
  private static final List<String> PROPER_NAME_TAGS = List.of("ns", "nr", "nz", "nt", "j");
  /** An item of a list of zones and districts that ends in 基地 (…曲江新区、航天基地的企业). */
  private static final Pattern BASE_ITEM = Pattern.compile("(?<=、)\\p{IsHan}{2,4}基地(?=[、的等和与及，,。)）]|$)");

  private final Gazetteer gazetteer;

  public ZoneExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> extract(SegmentedDoc doc) {
    List<Mention> out = new ArrayList<>();
    doc.sentences().forEach(s -> out.addAll(inSentence(s)));
    out.removeIf(m -> isParkOfADistrictElsewhere(doc.text(), m));
    out.addAll(sectionsOnTheirOwn(doc, out));
    out.addAll(shortFormsOnTheirOwn(doc, out));
    out.addAll(declaredShortNames(doc, out));
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  /** 郑州航空港区 after 某某经济综合实验区（以下简称郑州航空港区）: the short name the text declares names the zone wherever it stands. */
  private static List<Mention> declaredShortNames(SegmentedDoc doc, List<Mention> zones) {
    List<String> declared = zones.stream()
        .flatMap(z -> ZoneNames.declaredShortName(doc.text(), z.span().end()).stream())
        .filter(name -> zones.stream().noneMatch(z -> z.name().equals(name))).distinct().toList();
    return wherever(doc, declared, zones);
  }

  /**
   * 曹妃甸片区 after 中国（河北）自由贸易试验区曹妃甸片区: once the document has named a free-trade area in full, its
   * section alone names it too (on its own 片区 is any quarter of a town), and so does a sibling section named by a
   * place (钦州港片区 beside 广西自贸试验区南宁片区).
   */
  private List<Mention> sectionsOnTheirOwn(SegmentedDoc doc, List<Mention> zones) {
    List<String> named = zones.stream().map(m -> ZoneNames.freeTradeSection(m.name())).flatMap(Optional::stream)
        .distinct().toList();
    boolean freeTrade = FREE_TRADE_WORDS.matcher(doc.text()).find();
    if (named.isEmpty() && !freeTrade) {
      return List.of();
    }
    List<String> sections = new ArrayList<>(named);
    for (Sentence sentence : doc.sentences().toList()) {
      for (Matcher m = PLACE_SECTION.matcher(sentence.text()); !named.isEmpty() && m.find(); ) {
        if (opensWithTown(m.group(1)) && !sections.contains(m.group())) {
          sections.add(m.group());
        }
      }
      for (Matcher m = FIELD_SECTION.matcher(sentence.text()); freeTrade && m.find(); ) {
        if (isSectionName(sentence, m.start(1), m.end(1)) && !sections.contains(m.group())) {
          sections.add(m.group());
        }
      }
    }
    return wherever(doc, sections, zones);
  }

  /**
   * Whether HanLP cut [from, to) into words of a name (科技/n 创新/vi), none a verb, count or function word, and a place
   * only at its start (前海/ns 蛇口/ns).
   */
  private static boolean isSectionName(Sentence sentence, int from, int to) {
    String name = sentence.text().substring(from, to);
    if (SOME_OF.matcher(name).find() || FREE_TRADE_WORDS.matcher(name).find() || !isPlainModifier(name)) {
      return false;
    }
    int base = sentence.span().begin();
    boolean startsAtToken = false;
    for (Token t : sentence.tokens()) {
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      startsAtToken |= tb == from;
      // a place further in (落户/vi 昆明/ns) ends a phrase before the section, which the place names
      boolean placeInside = tb > from && t.pos().startsWith("ns");
      if (tb < to && te > from && (tb < from || te > to || placeInside
          || !SECTION_NAME_TAGS.matcher(t.pos()).matches())) {
        return false;
      }
    }
    return startsAtToken;
  }

  /**
   * 准东经开区 after 准东经济技术开发区, 象屿综保区 after 厦门象屿综合保税区, 铁路港经开区 after 成都国际铁路港经济技术开发区:
   * once the document has named a zone in full, its
   * short form names it too, however HanLP cut the place (准/a 东经/b 开区/ns), and so does its short form without the
   * city that opens it, when a name of its own is left (not 工业园区 of 苏州工业园区).
   */
  private List<Mention> shortFormsOnTheirOwn(SegmentedDoc doc, List<Mention> zones) {
    List<String> shortForms = zones.stream().map(Mention::name)
        .flatMap(name -> Stream.concat(Stream.of(ZoneNames.canonical(name)), ZoneNames.ownForms(withoutCity(name))))
        .filter(c -> !c.isEmpty() && zones.stream().noneMatch(z -> z.name().equals(c))).distinct().toList();
    return wherever(doc, shortForms, zones);
  }

  /** 厦门象屿综合保税区 → 象屿综保区: the short form without the place opening it, or empty when no own name is left. */
  private String withoutCity(String name) {
    String stem = ZoneNames.stem(name);
    int place = gazetteer.longestNameAt(stem, 0);
    String own = stem.substring(place);
    return place > 0 && own.length() >= MIN_PLACE && !GENERIC_STEM.matcher(own).lookingAt()
        ? ZoneNames.canonical(name).substring(place) : "";
  }

  /**
   * Mentions of {@code names} wherever the document says them and no zone of {@code zones} stands, but in a paper's
   * name (西海岸新区报社).
   */
  private static List<Mention> wherever(SegmentedDoc doc, List<String> names, List<Mention> zones) {
    List<Mention> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences().toList()) {
      int offset = sentence.span().begin();
      for (String name : names) {
        for (int at = sentence.text().indexOf(name); at >= 0; at = sentence.text().indexOf(name, at + 1)) {
          Span span = new Span(at, at + name.length()).shift(offset);
          boolean newspaper = NEWSPAPER.matcher(sentence.text()).region(at + name.length(), sentence.text().length())
              .lookingAt();
          if (!newspaper && zones.stream().noneMatch(z -> z.span().overlaps(span))) {
            out.add(Mention.of(EntityType.ZONE, name, span, sentence.index()));
          }
        }
      }
    }
    return out;
  }

  /** 钦州港: a name opening with a city or county (not an urban district: 老城片区 is a quarter of a town). */
  private boolean opensWithTown(String name) {
    int len = gazetteer.longestNameAt(name, 0);
    return len >= 2 && gazetteer.lookup(name.substring(0, len))
        .filter(d -> d.level() == Division.Level.CITY || d.name().matches(".*[市县]$")).isPresent();
  }

  List<Mention> inSentence(Sentence sentence) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    List<Span> spans = new ArrayList<>(bySuffix(sentence));
    // both free-trade patterns try names of two to six characters at every position: only where one can be
    if (text.contains("自贸") || text.contains("自由贸易")) {
      spans.addAll(freeTradeAreas(text));
    }
    if (text.contains("合作")) {
      spans.addAll(cooperationZones(text));
    }
    spans.addAll(listedZones(text));
    spans.addAll(zonesOfTheCodeList(text));
    spans.addAll(zonesByProperName(sentence));
    spans = longestFirst(spans);
    spans.addAll(siblings(text, spans));
    spans.addAll(listedBases(text, spans));
    return spans.stream()
        .filter(sp -> !NEWSPAPER.matcher(text).region(sp.end(), text.length()).lookingAt())
        .map(sp -> withoutGluedWord(text, sp))
        .sorted()
        .map(sp -> Mention.of(EntityType.ZONE, sp.of(text).replaceAll("\\s+", ""), sp.shift(offset), sentence.index()))
        .toList();
  }

  /**
   * 一河之隔的/燕郊高新区, 记者从江西/安义工业园区: the particle or preposition HanLP glued to the place, unless what is
   * left is too short for a zone's name or the character opens a place of its own (从化, 于都, 自贡).
   */
  private Span withoutGluedWord(String text, Span span) {
    if (span.length() <= MIN_PLACE + ZONE_KIND_LENGTH) {
      return span;
    }
    int begin = ListItems.afterGluedParticle(text, span.begin());
    return new Span(begin == span.begin() && gazetteer.gluedPrepositionAt(text, begin) ? begin + 1 : begin,
        span.end());
  }

  /** 中国（某省）自由贸易试验区某某片区 and 自贸试验区某某片区, where the province or section is a place. */
  private List<Span> freeTradeAreas(String text) {
    List<Span> out = new ArrayList<>();
    for (Pattern p : List.of(FREE_TRADE, FREE_TRADE_SECTION)) {
      Matcher m = p.matcher(text);
      // 与广西自贸试验区南宁片区: a match that takes in a character before the province is tried again one further on
      for (int from = 0; from < text.length() && m.find(from); ) {
        // 自由贸易试验区三个片区, 各片区: counted or picked-out sections name none
        boolean named = gazetteer.lookup(m.group(1)).isPresent() && !SOME_OF.matcher(m.group(m.groupCount())).find();
        if (named) {
          out.add(new Span(m.start(), m.end()));
        }
        from = named ? m.end() : m.start() + 1;
      }
    }
    return out;
  }

  private static List<Span> cooperationZones(String text) {
    List<Span> out = new ArrayList<>();
    for (Pattern p : List.of(COOPERATION, CITIES_COOPERATION)) {
      for (Matcher m = p.matcher(text); m.find(); ) {
        out.add(new Span(m.start(), m.end()));
      }
    }
    return out;
  }

  /** 中/f 新/a 苏/b 滁/n 高新技术产业开发区: a zone the division code list holds is found by its full name there. */
  private List<Span> zonesOfTheCodeList(String text) {
    List<Span> out = new ArrayList<>();
    if (!Gazetteer.mayNameZone(text)) {
      return out;
    }
    for (int at = 0; at < text.length(); at++) {
      int len = gazetteer.longestFullNameAt(text, at, MIN_CODE_LIST_NAME);
      if (len > 0 && Gazetteer.namesZone(text.substring(at, at + len))) {
        out.add(new Span(at, at + len));
        at += len - 1;
      }
    }
    return out;
  }

  /** The names of the public lists of national zones (贵安新区, 两江新区), wherever they stand. */
  private static List<Span> listedZones(String text) {
    List<Span> out = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      int len = NationalZones.get().longestNameAt(text, at);
      String name = text.substring(at, at + len);
      if (!name.isEmpty() && Stream.concat(SUFFIXES.stream(), LISTED_KINDS.stream()).anyMatch(name::endsWith)) {
        out.add(new Span(at, at + len));
      }
    }
    return out;
  }

  /**
   * 位于某某高新区的西永综合保税区, 。古雷港经济开发区: a zone whose name, right after a mark or 的, is a proper name of
   * two to six characters by HanLP, though no gazetteer place (全省综合保税区, 推进综合保税区 name none).
   */
  private List<Span> zonesByProperName(Sentence sentence) {
    String text = sentence.text();
    List<Span> out = new ArrayList<>();
    for (String suffix : PROPER_NAMED_SUFFIXES) {
      for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
        for (int begin = Math.max(0, at - MAX_PROPER_NAME); begin <= at - 2; begin++) {
          // a place the gazetteer knows is read with the checks of bySuffix (广西综保区 are all of a province's)
          if ((begin == 0 || BEFORE_NAME.indexOf(text.charAt(begin - 1)) >= 0) && isProperName(sentence, begin, at)
              && gazetteer.lookup(text.substring(begin, at)).isEmpty()) {
            out.add(new Span(begin, at + suffix.length()));
            break;
          }
        }
      }
    }
    return out;
  }

  /** Whether tokens cover exactly [from, to), none a function word or verb, and one is a proper name. */
  private static boolean isProperName(Sentence sentence, int from, int to) {
    String s = sentence.text().substring(from, to);
    if (!isPlainModifier(s) || isGluedOpener(s.charAt(0))
        || !s.codePoints().allMatch(Han::is)) {
      return false;
    }
    int base = sentence.span().begin();
    boolean startsAtToken = false;
    boolean proper = false;
    for (Token t : sentence.tokens()) {
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      startsAtToken |= tb == from;
      if (tb < to && te > from) {
        if (tb < from || isStopTag(t.pos())) {
          return false;
        }
        proper |= PROPER_NAME_TAGS.stream().anyMatch(t.pos()::startsWith);
      }
    }
    return startsAtToken && proper;
  }

  private List<Span> bySuffix(Sentence sentence) {
    String text = sentence.text();
    List<Span> out = new ArrayList<>();
    boolean[] endTaken = new boolean[text.length() + 1];
    for (String suffix : SUFFIXES) {
      for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
        int end = at + suffix.length();
        if (endTaken[end]) {
          continue;
        }
        // the longest suffix at an end decides: 湖北省高新区 rejected is not 湖北省高 + 新区
        endTaken[end] = true;
        int begin = prefixStart(sentence, at);
        if (begin >= 0 && (!suffix.equals(INDUSTRIAL_PARK) || isRunByItsPlace(text, begin, at))) {
          out.add(new Span(begin, end));
        }
      }
    }
    return out;
  }

  /**
   * 南川工业园区 in an article about 西宁: a county's or district's industrial park is the zone of that place only where
   * the document names its city or province too; elsewhere the place is a namesake (重庆's 南川区) and the park one of a
   * zone's.
   */
  private boolean isParkOfADistrictElsewhere(String text, Mention zone) {
    // a park with a division code of its own (达孜工业园区) is a zone wherever it is named
    if (!zone.name().endsWith(INDUSTRIAL_PARK) || gazetteer.lookup(zone.name()).isPresent()) {
      return false;
    }
    Optional<Division> place = placeBefore(zone.name(), zone.name().length() - INDUSTRIAL_PARK.length())
        .filter(d -> d.level() == Division.Level.DISTRICT);
    return place.isPresent() && Stream.of(gazetteer.city(place.get()), gazetteer.province(place.get()))
        .flatMap(Optional::stream)
        .noneMatch(d -> text.contains(d.name().substring(0, Math.min(SHORT_PLACE, d.name().length()))));
  }

  /**
   * A city's or county's industrial park is a zone of its own (苏州工业园区, 安义工业园区, 九原工业园区); one named by a place
   * no division has, or right after the zone it belongs to (某某经开区南川工业园区), is a park in a zone.
   */
  private boolean isRunByItsPlace(String text, int begin, int suffixAt) {
    boolean division = placeBefore(text.substring(begin, suffixAt), suffixAt - begin).isPresent();
    return division && !ZONE_BEFORE.matcher(text.substring(Math.max(0, begin - ZONE_KIND_LENGTH), begin)).find();
  }

  /** The division whose name ends {@code name} at {@code end}, the longest (银川市贺兰 → 贺兰县 only if 银川市贺兰 is none). */
  private Optional<Division> placeBefore(String name, int end) {
    for (int from = 0; from <= end - MIN_PLACE; from++) {
      Optional<Division> d = gazetteer.lookup(name.substring(from, end));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** Where the zone's place name begins before the suffix at {@code suffixAt}, or -1 if there is none. */
  private int prefixStart(Sentence sentence, int suffixAt) {
    String text = sentence.text();
    int end = text.length();
    // whether the characters between a place's end and the suffix can be a modifier, by the modifier's length
    boolean[] modifiers = new boolean[MAX_MODIFIER + 1];
    for (int length = 0; length <= MAX_MODIFIER && length <= suffixAt; length++) {
      modifiers[length] = isModifier(sentence, suffixAt - length, suffixAt);
    }
    for (boolean byToken : new boolean[] {false, true}) {
      for (int begin = Math.max(0, suffixAt - 12); begin <= suffixAt - 2; begin++) {
        if (isPlaceThenModifier(sentence, begin, suffixAt, modifiers, byToken, end)) {
          return begin;
        }
      }
    }
    return -1;
  }

  /** The gazetteer is tried first; HanLP's place tags only where it knows no place (湘江, 松山湖). */
  private boolean isPlaceThenModifier(Sentence sentence, int begin, int suffixAt, boolean[] modifiers, boolean byToken,
      int sentenceEnd) {
    String text = sentence.text();
    for (int placeEnd = suffixAt; placeEnd >= begin + 2; placeEnd--) {
      int modifier = suffixAt - placeEnd;
      if (modifier > MAX_MODIFIER || !modifiers[modifier]) {
        continue;
      }
      String place = text.substring(begin, placeEnd);
      Optional<Division> division = gazetteer.lookup(place);
      if (!byToken && division.isPresent() && !insidePlace(text, begin, placeEnd)
          && !regionWide(division.get(), modifier, text, begin, sentenceEnd)
          && !(division.get().level() == Division.Level.DISTRICT && usedAsVerb(sentence, begin, placeEnd))) {
        return true;
      }
      if (byToken && division.isEmpty() && isPlaceToken(sentence, begin, placeEnd) && !LEVEL_WORDS.contains(place)) {
        return true;
      }
    }
    return false;
  }

  /** 天津市综保区 is not a zone of 津市 (a county of Hunan): a place that ends a longer one is that one's. */
  private boolean insidePlace(String text, int begin, int placeEnd) {
    return begin > 0 && gazetteer.longestNameAt(text, begin - 1) >= placeEnd - begin + 1;
  }

  /**
   * 山东省高新区 means all the province's zones and 全国综保区 all the country's; a province names one zone only with a
   * modifier (湖南湘江新区).
   */
  private boolean regionWide(Division place, int modifier, String text, int begin, int end) {
    String zone = zoneAt(text, begin);
    // 青海国家高新区 is the listed 青海高新区, though 山东省国家高新区 are all of a province's
    String listed = NATIONAL.matcher(zone).replaceFirst("");
    // 北京市综合保税区 are all of the municipality's; a municipality's own zone goes without 市 (北京经开区)
    boolean municipalityWide = place.isMunicipality() && modifier == 0 && zone.startsWith(place.name());
    return place.level() == Division.Level.COUNTRY || municipalityWide
        || place.level() == Division.Level.PROVINCE && !place.isMunicipality() && modifier == 0
        && NationalZones.get().lookup(zone).isEmpty() && NationalZones.get().lookup(listed).isEmpty()
        && PROVINCIAL_SUFFIXES.stream().noneMatch(zone::endsWith);
  }

  private static String zoneAt(String text, int begin) {
    for (String suffix : SUFFIXES) {
      int at = text.indexOf(suffix, begin);
      if (at >= 0 && at - begin <= 8) {
        return text.substring(begin, at + suffix.length());
      }
    }
    return "";
  }

  private boolean isModifier(Sentence sentence, int from, int to) {
    String s = sentence.text().substring(from, to);
    if (s.isEmpty()) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (NOT_MODIFIER.indexOf(c) >= 0 || !Han.is(c)) {
        return false;
      }
    }
    if (ZONE_OF_A_ZONE.contains(s)) {
      return true;
    }
    // 吉林大学长春新区研究院: a university or company before a zone is its owner, not part of its name; 天津部分开发区
    // picks out some zones of a place, naming none
    if (ORGANISATION.matcher(s).find() || SOME_OF.matcher(s).find() || HEADLINE_VERB.matcher(s).find()) {
      return false;
    }
    int base = sentence.span().begin();
    for (Token t : sentence.tokens()) {
      int tb = t.span().begin() - base;
      if (tb >= to) {
        break;
      }
      // 合肥市联合合肥高新区: a verb or function word between place and suffix is no modifier; single characters
      // HanLP could not place (湘潭/天/qt易/ad经济开发区) are the modifier's own unless they are verbs or function words,
      // and so is a district HanLP read as a verb (北京大兴/v国际机场综合保税区)
      // and so is a word HanLP read as an adverb right before the suffix (湛江/奋勇/d高新区), where no adverb stands
      boolean nameAdverb = t.pos().equals("d") && t.text().length() > 1 && t.span().end() - base == to;
      if (tb >= from && t.span().end() - base <= to && isStopTag(t.pos()) && !nameAdverb
          && (t.text().length() > 1 || SINGLE_CHARACTER_STOP_TAGS.indexOf(t.pos().charAt(0)) >= 0)
          && gazetteer.lookup(t.text()).isEmpty()) {
        return false;
      }
    }
    // 山东济南高新区 is 济南高新区: a city or province is a place, never a modifier
    return gazetteer.lookup(s).map(d -> d.level() == Division.Level.DISTRICT).orElse(true);
  }

  private static boolean isStopTag(String pos) {
    return !pos.isEmpty() && MODIFIER_STOP_TAGS.indexOf(pos.charAt(0)) >= 0;
  }

  /**
   * A county's short name that is also a word, read by HanLP as a verb (经济/合作/示范区: 合作 is also 合作市), is that
   * word here. Cities keep their names whatever HanLP reads (开封, also "to unseal").
   */
  private static boolean usedAsVerb(Sentence sentence, int begin, int end) {
    return tokenAt(sentence, begin, end).filter(t -> t.pos().startsWith("v")).isPresent();
  }

  /** Whether HanLP cut a place at [begin, end), maybe with a preposition or verb glued before it (从金桥/ns). */
  private static boolean isPlaceToken(Sentence sentence, int begin, int end) {
    String text = sentence.text();
    return !isGluedOpener(text.charAt(begin)) && (placeTokenAt(sentence, begin, end)
        || begin > 0 && isGluedOpener(text.charAt(begin - 1)) && placeTokenAt(sentence, begin - 1, end));
  }

  private static boolean placeTokenAt(Sentence sentence, int begin, int end) {
    return tokenAt(sentence, begin, end).filter(t -> t.pos().startsWith("ns")).isPresent();
  }

  private static boolean isGluedOpener(char c) {
    return GLUED_OPENERS.indexOf(c) >= 0;
  }

  /** The token spanning exactly [begin, end) of the sentence, if HanLP cut one there. */
  private static Optional<Token> tokenAt(Sentence sentence, int begin, int end) {
    int from = sentence.span().begin() + begin;
    int to = sentence.span().begin() + end;
    for (Token t : sentence.tokens()) {
      if (t.span().begin() == from && t.span().end() == to) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static List<Span> longestFirst(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Comparator.naturalOrder()));
    List<Span> kept = new ArrayList<>();
    for (Span s : sorted) {
      if (kept.stream().noneMatch(k -> k.overlaps(s))) {
        kept.add(s);
      }
    }
    return kept;
  }

  /** Items that follow a zone in a list and share its suffix, whatever their place name (某某综保区、某某综保区). */
  private static List<Span> siblings(String text, List<Span> zones) {
    List<Span> out = new ArrayList<>();
    for (Span z : zones) {
      String name = z.of(text);
      String suffix = SUFFIXES.stream().filter(name::endsWith).findFirst().orElse(null);
      if (suffix == null) {
        continue;
      }
      Matcher m = Pattern.compile(SIBLING + Pattern.quote(suffix)).matcher(text).region(z.end(), text.length());
      if (m.lookingAt() && isPlainModifier(m.group(1))) {
        Span sibling = new Span(m.start(1), m.end());
        if (zones.stream().noneMatch(k -> k.overlaps(sibling))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean isPlainModifier(String s) {
    return s.chars().allMatch(c -> NOT_MODIFIER.indexOf(c) < 0);
  }

  /** 航天基地 is a zone only as an item next to zones or districts in one list. */
  private List<Span> listedBases(String text, List<Span> zones) {
    List<Span> out = new ArrayList<>();
    Matcher m = BASE_ITEM.matcher(text);
    while (m.find()) {
      int before = m.start() - 1;
      if (zones.stream().anyMatch(z -> z.end() == before) || endsWithDistrict(text, before)) {
        out.add(new Span(m.start(), m.end()));
      }
    }
    return out;
  }

  private boolean endsWithDistrict(String text, int end) {
    for (int len = 2; len <= 5 && len <= end; len++) {
      String s = text.substring(end - len, end);
      if (s.endsWith("区") && gazetteer.byFullName(s).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
