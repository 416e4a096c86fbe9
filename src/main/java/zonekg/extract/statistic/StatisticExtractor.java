package zonekg.extract.statistic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import zonekg.doc.Approx;
import zonekg.doc.Article;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Observation;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.StatKind;
import zonekg.extract.FirstCharPattern;
import zonekg.extract.MainZones;
import zonekg.extract.ZoneKindReferences;
import zonekg.extract.project.ProjectOwner;

/**
 * SegmentedDoc + entity mentions → one Observation per stated number, with subject, indicator,
 * unit, period, kind, approximation and comparand.
 * <p>Example: "2023年前三季度，服务业增加值实现738.6亿元，同比增长7.9%" → (main zone, 服务业增加值,
 * 738.6, 亿元, 2023年前三季度, AMOUNT) and (main zone, 服务业增加值增速, 7.9, %, 2023年前三季度, GROWTH).
 */
public final class StatisticExtractor {
  private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;：:]");
  /** How a clause names the project it is about, longest first. */
  private static final List<String> PROJECT_REFERENCES = List.of("该项目", "本项目", "项目");
  /**
   * 项目总投资9.2亿元, 项目全长6.3公里: what a bare 项目 opening a clause measures of the project its paragraph named (not
   * 项目开工率 or 项目数, the paragraph's projects as a whole).
   */
  private static final String OWN_SIZE = "总投资|计划总投资|投资|总长|全长|占地|建筑面积|使用|达产|建成后|投产后|年产";
  /**
   * 该项目由某公司投资建设，总投资86亿元; 这个总投资12.6亿元的项目去年建成投产; （二）本项目总投资32.5亿元, as a company's
   * notice calls its project: "this project", opening a clause or a numbered item, maybe with what describes it, is the
   * project named last; the reference is its 项目 (group 1 where described), so that the description's figures stand
   * before it.
   */
  private static final FirstCharPattern PROJECT_BACK_REFERENCE = new FirstCharPattern(Pattern.compile(
      "(?:^|(?<=[，,；;])|(?<=^[（(][一二三四五六七八九十\\d]{1,3}[）)]))"
          + "(?:(?:该|此|这个|这一|本)项目|(?:该|这个|这一)[^，,；;。]{1,16}?的(项目)|项目(?=" + OWN_SIZE + "))"),
      "该此这项本");
  private static final Pattern THIS_PROJECT_DEFINED = Pattern.compile("[（(]以下简称[“\"]?本项目");
  /** 公司员工增至860人, 该企业…: a company referred back to, the last the article named (not 企业 alone, any firm). */
  private static final FirstCharPattern COMPANY_BACK_REFERENCE = new FirstCharPattern(
      Pattern.compile("(?:^|(?<=[，,；;]))(?:(?:该|这家|此)?公司|(?:该|这家)企业)(?![数的]|总数)"), "该这此公");
  /**
   * 实验室已集聚科研人员1260余名, 该研究院…: a platform referred back to by its kind, the last of that kind the article
   * named (not 园区 or 中心 alone, which name zones and quarters as often).
   */
  private static final String PLATFORM_KINDS = "实验室|研究院|研究所|孵化器|工作站|产业园";
  private static final String PLATFORM_DEMONSTRATIVE = "(?:该|这家|这个|此)";
  private static final Pattern DEMONSTRATIVE_OPENING = Pattern.compile("^" + PLATFORM_DEMONSTRATIVE);
  /** 某某实验室二期, 某某软件园（一期）: the phase after a platform's kind. */
  private static final Pattern PHASE = Pattern.compile("[(（]?[一二三四五六七八九十\\d]+期[)）]?$");
  private static final FirstCharPattern PLATFORM_BACK_REFERENCE = new FirstCharPattern(Pattern.compile(
      "(?:^|(?<=[，,；;]))" + PLATFORM_DEMONSTRATIVE + "?(?:" + PLATFORM_KINDS + ")(?![的数]|总数)"),
      "该这此" + FirstCharPattern.firstCharsOf(PLATFORM_KINDS));
  /** “…我们新签订单2.36亿元…”公司总经理说: who speaks after a quotation, a company's officer. */
  private static final Pattern COMPANY_SPEAKER = Pattern.compile("^(?:该|这家)?(?:公司|企业)" + Speakers.OFFICERS);
  /** After a company's name, the officer who speaks for it. */
  private static final Pattern OFFICER = Pattern.compile(Speakers.OFFICERS);
  private static final String WHOLE_YEAR = "全年";
  private static final Pattern SHORT_NAME_GIVEN = Pattern.compile("[（(](?:以下)?简称[“\"]?$");
  /**
   * 其中: what follows is part of the figure before; 同比增长, 增速, 占: it is the same figure's growth or share (某某实现
   * 营业收入43.2亿元，同比增长19.6%).
   */
  private static final Pattern GOES_ON =
      Pattern.compile("^(?:其中|同比|环比|(?:比|较)(?:上年|去年)|增长|增速|增幅|(?:约|近|超过?|接近)?占"
          + "|(?:比|较|高于|低于|快于|慢于)(?:全省|全市|全国|全区|全县))");
  /** 分别, and 分列 of ranks (A、B分列第二、第三位), which lists places the way 分别 lists figures. */
  private static final Pattern RESPECTIVELY = Pattern.compile("分别|分列");
  private static final String ET_CETERA = "等";
  /** 另外3家, 其余两家: the rest of those counted before. */
  private static final Pattern OTHERS = Pattern.compile("(?:另外|其余|其他|另有)$");
  /** …分别为A、B和C, …分别是: the names that follow a count. */
  private static final Pattern LIST_NEXT = Pattern.compile("\\p{IsHan}{0,3}?(?:分别为|分别是)");
  /** 均, 都, 双双: what follows is said of each of those named before (not 人均, 年均, 平均, 成都). */
  private static final Pattern EACH =
      Pattern.compile("(?<![人年亩户日月平])均(?![值价衡匀等])|(?<![成首京])都(?![市会城])|双双|皆|各(?=有|自|为|占|达|获)");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  /** 位于某综合保税区内, 落户某高新区: where a project lies, in the clause before the zone. */
  private static final Pattern PROJECT_PLACE = Pattern.compile("^(?:位于|落户(?:于|在)?|地处|选址)$");
  private static final String CLAUSE_MARKS = ZoneKindReferences.CLAUSE_MARKS;
  private static final Pattern INTRODUCES = Pattern.compile("[：:]\\s*$");
  private static final Pattern INTRODUCTION_ENDS = Pattern.compile("[。！？!?]\\s*$");
  /** A clause opening with the zone's or the region's words for itself: 全区, 园区, 区内, 全市 … */
  private static final Pattern ZONE_WORDS_OPENING = Pattern.compile(
      "^(?:[^，,]{0,10}[，,])?(全区|全市|全省|全县|园区|区内|新区|高新区|经开区|开发区|片区|综保区)");
  /** After a region's figures, the region's zones (全省开发区…；开发区…), not a zone's word for itself. */
  private static final String ZONES = "开发区";
  private static final String PARK_AREA = SubjectFinder.PARK_AREA;
  private static final String PARK = SubjectFinder.PARK;
  /** The length of a district's part of a zone (同安园, 禅城园). */
  private static final int DISTRICT_PARK = 3;
  /** 上半年园区实现产值…: a sentence that opens with 园区, after a time. */
  private static final Pattern PARK_AREA_OPENING =
      Pattern.compile("^" + ZoneKindReferences.TIME_LEAD + PARK_AREA + "(?=\\p{IsHan})");
  /** After a figure, the firms it defines a class of: 营收超10亿元(以上)的企业, 百亿级企业. */
  private static final Pattern CLASS_OF_FIRMS = Pattern.compile("(?:以上)?的?(?:龙头|骨干|重点|领军)?(?:企业|公司)");
  /** What stands between the names of a list: 、, 和, 与, 及. */
  private static final Pattern LIST_MARKS = Pattern.compile("[、，,和与及以]{1,2}");
  /** 近三年: a span of years, unlike a narrative 近年来, dates only its own figure. */
  private static final Pattern RECENT_YEARS = Pattern.compile("近(?:\\d+|[两三五十])年");
  /** A day's date atop an article (合肥高新区统计局编印 2024年3月20日) says when it was printed, not what its figures cover. */
  private static final Pattern DAY = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
  private static final Pattern EVENT_AFTER =
      Pattern.compile("(?:已|已经|正式|顺利|全面|相继|先后)?(?:建成|投产|开工|签约|落户|竣工|揭牌|成立|获批|入选|启动|开园|挂牌)");
  private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}年");
  private static final String YUAN = "元";
  private static final Set<BaseUnit> DURATIONS = Set.of(BaseUnit.HOUR, BaseUnit.DAY, BaseUnit.WORKING_DAY);
  /** Words that measure a procedure by the time it takes. */
  private static final Pattern TIME_MEASURED = Pattern.compile("时间|用时|时限|时长|周期|耗时|缩短|压缩|压减|办结|提速");
  private static final String AND_ABOVE = "以上";
  /** 2000万元及以上的: a bound said after the sum. */
  private static final Pattern AND_ABOVE_AFTER = Pattern.compile("^及?以上");
  /** 超过10亿元的企业: a bound before the sum. */
  private static final Pattern OVER_BEFORE = Pattern.compile("超|逾|突破");
  /** 的企业有4家, 企业14家: the projects or companies over a bound, counted right after. */
  private static final Pattern COUNTED_CLASS =
      Pattern.compile("^的?\\p{IsHan}{0,4}?(?:项目|企业)[^，,。；;]{0,6}?[\\d一二两三四五六七八九十]+[家个]");
  /**
   * What a sum and 以上 sort: 项目, 工业项目, 的重大项目, 企业, and the units a statistical scope counts
   * (年主营业务收入2000万元及以上的工业法人单位).
   */
  private static final Pattern THRESHOLD_OF = Pattern.compile("^的?\\p{IsHan}{0,4}?(?:项目|企业|法人|单位)");
  /**
   * 研发经费投入强度方面，A为4.5%，B为3.2%; 从营收规模看，A为120亿元: a sentence that opens on what it compares names the
   * indicator of the figures that follow with nothing but a name and 为.
   */
  private static final Pattern TOPIC_OPENING =
      Pattern.compile("^(?:从([^，,；;：:。\\d]{2,12}?)来?看|在?([^，,；;：:。\\d]{2,12}?)方面)[，,]");
  /** 一方面, 这方面, 其他方面: an opening that names no measure. */
  private static final Pattern NO_TOPIC = Pattern.compile("^(?:另一|一|这|那|其他|其它|各|多|两|诸多|整体|总体)");
  /** 约占济南市65%, 约为去年同期100倍: the 约 before the verb qualifies the number after it. */
  private static final Pattern ABOUT_SHARE = Pattern.compile("(?:约|大约|近)占|(?:约|大约)(?:为|是|达|合|相当于)");

  private final NumberScanner scanner = new NumberScanner();
  private final PeriodFinder periods = new PeriodFinder();
  private final ComparisonFinder comparisons = new ComparisonFinder();
  private final KindClassifier kinds = new KindClassifier();
  private final SubjectFinder subjects = new SubjectFinder();
  private final IndicatorBuilder indicators = new IndicatorBuilder();

  /** The observations of {@code doc}, in text order; {@code mentions} are its entity mentions. */
  public List<Observation> extract(SegmentedDoc doc, List<Mention> mentions) {
    Map<Integer, String> mains = MainZones.of(doc, mentions);
    String fallbackZone = mentions.stream().filter(m -> m.type() == EntityType.ZONE).map(Mention::name)
        .findFirst().orElse(null);
    List<Observation> out = new ArrayList<>();
    for (Article article : doc.articles()) {
      extract(doc, article, mentions, mains.getOrDefault(article.index(), fallbackZone), out);
    }
    return out;
  }

  private void extract(SegmentedDoc doc, Article article, List<Mention> mentions, String mainZone,
      List<Observation> out) {
    // the headline's period, then the latest one given; a new paragraph keeps it (据统计，1—6月，… then 从行业看，…),
    // though it changes the subject and the figures it speaks of
    List<PeriodMention> inTitle = article.title() == null ? List.of() : periods.find(article.title(), 0).stream()
        .filter(p -> !p.comparand() && !DAY.matcher(p.label()).matches()).toList();
    PeriodScope scope = inTitle.isEmpty() ? PeriodScope.NONE
        : new PeriodScope(inTitle.get(0).label(), null).afterNaming(article.title(), inTitle);
    int previousEnd = -1;
    List<Observation> found = new ArrayList<>();
    readHeadline(doc.text(), article, mentions, mainZone, scope, found);
    SubjectFinder.Subject carried = null;
    Mention lastProject = null;
    Mention calledThisProject = null;
    Mention lastEnterprise = null;
    Mention articleCompany = null;
    Mention articlePlatform = null;
    List<SubjectFinder.Subject> articleParks = List.of();
    ParkArea parkArea = new ParkArea();
    IndicatorBuilder.Memory memory = new IndicatorBuilder.Memory();
    String paragraphZone = mainZone;
    SubjectFinder.Subject paragraphRegion = null;
    String introduced = null;
    List<Mention> zones = mentions.stream()
        .filter(m -> m.type() == EntityType.ZONE && article.span().contains(m.span())).toList();
    List<Sentence> sentences = article.sentences();
    List<List<Mention>> inSentences = sentences.stream().map(s -> namedIn(mentions, s)).toList();
    TableReader table = new TableReader();
    Speakers speakers = Speakers.of(sentences, inSentences);
    Mention turn = null;
    Mention heading = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      String gap = previousEnd < 0 ? "" : doc.text().substring(previousEnd, sentence.span().begin());
      boolean opensParagraph = previousEnd < 0 || gap.contains("\n");
      if (opensParagraph) {
        // a paragraph that opens with the zone (在要素保障方面，园区今年…; 某某高新区相关负责人表示) is past the listed items
        if (heading != null && (BLANK_LINE.matcher(gap).find() || ZONE_WORDS_OPENING.matcher(sentence.text()).find()
            || MainZones.leading(sentence, inSentences.get(i)).filter(z -> !buildsOrHolds(sentence, z)).isPresent())) {
          heading = null;
        }
        turn = speakers.turnOpenedBy(sentence).orElse(heading);
      }
      if (previousEnd >= 0 && opensParagraph) {
        carried = null;
        lastProject = null;
        lastEnterprise = null;
        memory = new IndicatorBuilder.Memory();
        paragraphZone = introduced != null ? introduced : mainZone;
        parkArea = new ParkArea();
      }
      // the region a paragraph opens with is the default subject of its sentences after the first
      SubjectFinder.Subject regionTopic = opensParagraph ? null : paragraphRegion;
      Optional<List<Observation>> row = TableReader.isRow(sentence)
          ? table.read(sentence, inSentences.get(i), paragraphZone, EntityType.ZONE, scope.period()) : Optional.empty();
      if (row.isPresent()) {
        found.addAll(row.get());
        previousEnd = sentence.span().end();
        continue;
      }
      table.end();
      List<PeriodMention> periodsFound = periods.find(sentence.text(), sentence.span().begin());
      List<Mention> saidHere = ZoneKindReferences.with(sentence, withBackReferences(sentence, inSentences.get(i),
          PROJECT_BACK_REFERENCE, EntityType.PROJECT, lastProject != null ? lastProject : calledThisProject), zones);
      List<Mention> withCompanies = withBackReferences(sentence, saidHere, COMPANY_BACK_REFERENCE,
          EntityType.ENTERPRISE, articleCompany);
      List<Mention> named = withBackReferences(sentence, withCompanies, PLATFORM_BACK_REFERENCE, EntityType.PLATFORM,
          articlePlatform);
      lastProject = lastOf(named, EntityType.PROJECT).orElse(lastProject);
      calledThisProject = calledThisProject(sentence, inSentences.get(i)).orElse(calledThisProject);
      articleCompany = lastCompany(named).orElse(articleCompany);
      articlePlatform = lastOf(named, EntityType.PLATFORM).orElse(articlePlatform);
      // 与此同时，某某经开区…: the zone a sentence opens with is the paragraph's, for the figures of its sentences after
      Optional<Mention> leadingZone = MainZones.leading(sentence, named);
      paragraphZone = leadingZone.map(Mention::name).orElse(paragraphZone);
      if (opensParagraph) {
        paragraphRegion = SubjectFinder.paragraphRegion(sentence, named, mainZone).orElse(null);
      } else if (leadingZone.isPresent()) {
        paragraphRegion = null;
      }
      Optional<SubjectFinder.Subject> quoted = i + 1 < sentences.size()
          ? quotedCompany(sentence, saidHere, sentences.get(i + 1), inSentences.get(i + 1), lastEnterprise)
          : Optional.empty();
      Optional<SubjectFinder.Subject> afterSemicolon = i > 0 ? goesOnAfterSemicolon(sentences.get(i - 1), sentence,
          named, found.isEmpty() ? null : found.get(found.size() - 1), paragraphZone) : Optional.empty();
      Optional<Mention> headed = opensParagraph ? ListHeading.of(sentence, named) : Optional.empty();
      if (headed.isPresent()) {
        turn = headed.get();
        // 1．某某项目 on a line of its own heads the fields and paragraphs below it, up to a blank line
        heading = endsLine(doc.text(), sentence) ? turn : null;
      }
      Mention speaking = turn;
      Optional<SubjectFinder.Subject> speaker = quoted.or(() -> afterSemicolon)
          .or(() -> turnSpeaksFor(speaking, sentence, named)).or(parkArea.openingWith(sentence, named));
      lastEnterprise = lastOf(named, EntityType.ENTERPRISE).orElse(lastEnterprise);
      int foundBefore = found.size();
      Said before = new Said(paragraphZone, mainZone, regionTopic, scope, carried, articleParks, speaker, memory);
      List<DescribedFigure> described = DescribedFigure.in(sentence);
      for (DescribedFigure figure : described) {
        Sentence reordered = figure.reordered();
        List<Observation> read = new ArrayList<>();
        new SentenceReading(reordered, periods.find(reordered.text(), reordered.span().begin()),
            figure.inDescription(named), before).read(read, List.of());
        read.stream().filter(figure::isOfFigure).map(figure::restored).forEach(found::add);
      }
      new SentenceReading(sentence, periodsFound, named, before)
          .read(found, described.stream().map(DescribedFigure::figure).toList());
      if (found.subList(foundBefore, found.size()).stream().anyMatch(o -> o.subjectType() == EntityType.ZONE)) {
        // 重庆市发布…评价结果，重庆经开区综合得分92.6分；其中…: a zone the paragraph gives figures to is its topic now
        paragraphRegion = null;
      }
      articleParks = parksAfter(named, articleParks);
      parkArea.learn(sentence, named);
      // "…同比增长4.6%。增速较上半年回落1.3个百分点": the next sentence of the paragraph goes on from these figures
      memory = memory.carriedOver();
      carried = carriedAfter(found.subList(foundBefore, found.size()), lastCarried(named).orElse(carried));
      // "2023年，…近三年年均增长35%。…": a span of recent years dates its own figure, not the sentences after it
      List<PeriodMention> dating = periodsFound.stream()
          .filter(p -> !p.comparand() && !RECENT_YEARS.matcher(p.label()).matches() && !datesEvent(doc.text(), p))
          .toList();
      scope = (dating.isEmpty() ? scope : scope.withPeriod(labelOf(dating.get(dating.size() - 1), periodsFound)))
          .afterNaming(doc.text(), dating);
      previousEnd = sentence.span().end();
      boolean endsIntroduction = INTRODUCTION_ENDS.matcher(sentence.text()).find();
      introduced = introducedBy(sentence, named).orElse(endsIntroduction ? null : introduced);
    }
    out.addAll(Repeats.dropRepeats(doc.text(), article, found));
  }

  /**
   * 先看苏州工业园区：, then figures listed without a full stop (▶ 地区生产总值1886.3亿元…): a sentence that ends with a colon
   * after naming one zone introduces the paragraphs after it, up to one that ends a sentence.
   */
  private static Optional<String> introducedBy(Sentence sentence, List<Mention> named) {
    List<String> zones = named.stream().filter(m -> m.type() == EntityType.ZONE).map(Mention::name).distinct().toList();
    return INTRODUCES.matcher(sentence.text()).find() && zones.size() == 1 ? Optional.of(zones.get(0)) : Optional.empty();
  }

  /** The last company {@code named}: named itself, or as the owner of a project (某某有限公司年产…项目). */
  private static Optional<Mention> lastCompany(List<Mention> named) {
    return named.stream()
        .filter(m -> m.type() == EntityType.ENTERPRISE || m.type() == EntityType.PROJECT && m.enterprise() != null)
        .reduce((a, b) -> b)
        .map(m -> m.type() == EntityType.ENTERPRISE ? m
            : new Mention(EntityType.ENTERPRISE, m.enterprise(), m.span(), m.sentence(), m.zone(), null, null));
  }

  /**
   * 某某项目（以下简称“本项目”）: the project a company's notice names once and calls 本项目 in every paragraph after.
   */
  private static Optional<Mention> calledThisProject(Sentence sentence, List<Mention> named) {
    return named.stream().filter(m -> m.type() == EntityType.PROJECT)
        .filter(m -> THIS_PROJECT_DEFINED.matcher(sentence.text())
            .region(m.span().end() - sentence.span().begin(), sentence.text().length()).lookingAt())
        .findFirst();
  }

  /**
   * The sentence's mentions, with each {@code reference} opening a clause ("该项目", "公司") read as the {@code type}
   * it refers back to: the last one named before it in the sentence, else {@code earlier}, named before the sentence.
   */
  private static List<Mention> withBackReferences(Sentence sentence, List<Mention> named, FirstCharPattern reference,
      EntityType type, Mention earlier) {
    List<Mention> out = new ArrayList<>(named);
    for (MatchResult found : reference.findAll(sentence.text())) {
      int group = found.groupCount() > 0 && found.group(1) != null ? 1 : 0;
      Span at = new Span(found.start(group), found.end(group)).shift(sentence.span().begin());
      // a platform is referred back to by the kind its name ends with (实验室 for 某某新材料实验室)
      String kind = type == EntityType.PLATFORM ? DEMONSTRATIVE_OPENING.matcher(found.group()).replaceFirst("") : "";
      lastOf(named.stream().filter(m -> m.span().end() <= at.begin()).toList(), type)
          .or(() -> Optional.ofNullable(earlier))
          .filter(p -> PHASE.matcher(p.name()).replaceFirst("").endsWith(kind))
          .ifPresent(p -> out.add(new Mention(type, p.name(), at, sentence.index(), p.zone(), p.enterprise(),
              p.status())));
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /**
   * 走进某某公司的车间。“今年一季度，我们新签订单2.36亿元。”公司总经理说: a quotation that names no one, said by a
   * company's officer, gives that company's figures: the company the paragraph named last.
   */
  private static Optional<SubjectFinder.Subject> quotedCompany(Sentence quote, List<Mention> named, Sentence next,
      List<Mention> nextNamed, Mention lastEnterprise) {
    boolean quoted = quote.text().startsWith("“") && quote.text().endsWith("”");
    boolean namesNoOne = named.stream().noneMatch(m -> SubjectFinder.SUBJECT_TYPES.contains(m.type()));
    if (!quoted || !namesNoOne) {
      return Optional.empty();
    }
    // “…”渝瑞汽车总裁冯涛说: the company is named with its officer
    Optional<Mention> speaker = nextNamed.stream()
        .filter(m -> m.type() == EntityType.ENTERPRISE && m.span().begin() == next.span().begin()
            && OFFICER.matcher(next.text().substring(m.span().end() - next.span().begin())).lookingAt())
        .findFirst();
    if (speaker.isPresent()) {
      return speaker.map(StatisticExtractor::subjectOf);
    }
    if (lastEnterprise == null || !COMPANY_SPEAKER.matcher(next.text()).find()) {
      return Optional.empty();
    }
    return Optional.of(new SubjectFinder.Subject(lastEnterprise.name(), EntityType.ENTERPRISE));
  }

  /**
   * A guest's turn (嘉宾（吴某某）：我们…) speaks for his company, and a paragraph headed by a firm, park or project
   * presents it, in the sentences that name no one, and no project, but it, or but who builds the project and where
   * it lies.
   */
  private static Optional<SubjectFinder.Subject> turnSpeaksFor(Mention turn, Sentence sentence, List<Mention> named) {
    if (turn == null) {
      return Optional.empty();
    }
    boolean namesOthers = named.stream()
        .anyMatch(m -> (SubjectFinder.SUBJECT_TYPES.contains(m.type()) || m.type() == EntityType.PROJECT)
            && !(m.type() == turn.type() && turn.name().contains(m.name())) && !turn.span().contains(m.span())
            && !(turn.type() == EntityType.PROJECT && buildsOrHolds(sentence, m)) && !shortNameGiven(sentence, m)
            && !fieldValue(sentence, m));
    return namesOthers ? Optional.empty() : Optional.of(subjectOf(turn));
  }

  /** 某某重点实验室（依托单位：某某有限公司，所在园区：某某高新区）: {@code m} is a field's value of the item. */
  private static boolean fieldValue(Sentence sentence, Mention m) {
    String before = sentence.text().substring(0, m.span().begin() - sentence.span().begin());
    return ListHeading.Fields.VALUE_OF.matcher(before).find();
  }

  /** 某某有限公司（以下简称“某某汽车”）: {@code m} is the short name given to the company just named, no one else. */
  private static boolean shortNameGiven(Sentence sentence, Mention m) {
    String before = sentence.text().substring(0, m.span().begin() - sentence.span().begin());
    return SHORT_NAME_GIVEN.matcher(before).find();
  }

  /** 由某公司投资建设, 投资方为某公司, 位于某综合保税区内: {@code m} is named as who builds a project or where it lies. */
  private static boolean buildsOrHolds(Sentence sentence, Mention m) {
    String text = sentence.text();
    int begin = m.span().begin() - sentence.span().begin();
    int clause = begin;
    while (clause > 0 && CLAUSE_MARKS.indexOf(text.charAt(clause - 1)) < 0) {
      clause--;
    }
    String before = text.substring(clause, begin);
    return m.type() == EntityType.ENTERPRISE && ProjectOwner.introducesOwner(before)
        || m.type() == EntityType.ZONE && PROJECT_PLACE.matcher(before).matches();
  }

  /** Whether nothing but spaces follows {@code sentence} on its line. */
  private static boolean endsLine(String text, Sentence sentence) {
    int newline = text.indexOf('\n', sentence.span().end());
    return text.substring(sentence.span().end(), newline < 0 ? text.length() : newline).isBlank();
  }

  /**
   * 某某高新区上半年营业收入突破1000亿元 over its article: a headline's figures are statistics of their own, a rounded
   * restatement of a body figure too; {@link Repeats} drops those the body prints word for word.
   */
  private void readHeadline(String text, Article article, List<Mention> mentions, String mainZone, PeriodScope scope,
      List<Observation> found) {
    Sentence headline = article.headline();
    if (headline == null) {
      return;
    }
    List<Mention> ofArticle = mentions.stream().filter(m -> article.span().contains(m.span())).toList();
    Said nothingBefore = new Said(mainZone, mainZone, null, scope, null, List.of(), Optional.empty(),
        new IndicatorBuilder.Memory());
    new SentenceReading(headline, periods.find(headline.text(), headline.span().begin()),
        spelledIn(text, headline, ofArticle), nothingBefore).read(found, List.of());
  }

  /**
   * The body's {@code mentions} spelt again in {@code headline}, whose words no extractor reads, in text order; where
   * two overlap, the longer.
   */
  private static List<Mention> spelledIn(String text, Sentence headline, List<Mention> mentions) {
    String words = headline.text();
    int offset = headline.span().begin();
    boolean[] taken = new boolean[words.length()];
    List<Mention> out = new ArrayList<>();
    mentions.stream().sorted(Comparator.comparingInt((Mention m) -> -m.span().length())).forEach(m -> {
      String surface = m.span().of(text);
      for (int at = words.indexOf(surface); at >= 0; at = words.indexOf(surface, at + 1)) {
        int end = at + surface.length();
        if (IntStream.range(at, end).noneMatch(k -> taken[k])) {
          IntStream.range(at, end).forEach(k -> taken[k] = true);
          out.add(new Mention(m.type(), m.name(), new Span(offset + at, offset + end), headline.index(), m.zone(),
              m.enterprise(), m.status()));
        }
      }
    });
    out.sort(Comparator.comparingInt(m -> m.span().begin()));
    return out;
  }

  /** The mentions inside {@code sentence}. */
  private static List<Mention> namedIn(List<Mention> mentions, Sentence sentence) {
    return mentions.stream().filter(m -> sentence.span().contains(m.span())).toList();
  }

  /**
   * 渝瑞汽车销量突破22万辆，营收412亿元；出口汽车3.6万辆: after a semicolon, a sentence that names no one and does not
   * open with the zone's words for itself goes on about the company or park the figure before it was about; so it
   * does about a region (全省开发区实现营业收入…；开发区规模以上工业增加值占全省的比重…), where 开发区 are the region's, and
   * about a park (某某产业园累计注册企业812家；园区累计完成固定资产投资…), where 园区 is the park unless the zone called
   * itself so before the semicolon, and about a zone named there other than the paragraph's (一季度某某经开区完成固定资产投资
   * 38.6亿元；在建亿元以上项目67个).
   */
  private static Optional<SubjectFinder.Subject> goesOnAfterSemicolon(Sentence previous, Sentence sentence,
      List<Mention> named, Observation last, String paragraphZone) {
    String before = previous.text().strip();
    boolean semicolon = !before.isEmpty() && ";；".indexOf(before.charAt(before.length() - 1)) >= 0;
    if (!semicolon || last == null || last.sentence() != previous.index() || !named.isEmpty()) {
      return Optional.empty();
    }
    Matcher zoneWords = ZONE_WORDS_OPENING.matcher(sentence.text());
    boolean zoneOpens = zoneWords.find()
        && !(last.subjectType() == EntityType.REGION && zoneWords.group(1).equals(ZONES))
        && !(last.subjectType() == EntityType.PLATFORM && zoneWords.group(1).equals(PARK_AREA)
            && last.subject().endsWith(PARK) && !ZONE_WORDS_OPENING.matcher(before).find());
    boolean goesOn = !zoneOpens && (last.subjectType() == EntityType.ENTERPRISE
        || last.subjectType() == EntityType.PLATFORM || last.subjectType() == EntityType.REGION
        || last.subjectType() == EntityType.ZONE && !last.subject().equals(paragraphZone));
    return goesOn ? Optional.of(new SubjectFinder.Subject(last.subject(), last.subjectType())) : Optional.empty();
  }

  /**
   * What 园区 names in a paragraph: a park ending in 园 that the paragraph named before saying 园区 (某某产业园已入驻企业86家。
   * 上半年园区实现产值…), or the zone when the paragraph said 园区 first (园区建有某某产业园，…).
   */
  private static final class ParkArea {
    private SubjectFinder.Subject park;
    private boolean zone;

    /** The park a sentence opening with 园区 and naming no one else but what it compares with is about. */
    Supplier<Optional<SubjectFinder.Subject>> openingWith(Sentence sentence, List<Mention> named) {
      return () -> park != null && PARK_AREA_OPENING.matcher(sentence.text()).lookingAt()
          && named.stream().noneMatch(m -> SubjectFinder.SUBJECT_TYPES.contains(m.type())
              && !SubjectFinder.governed(sentence.text(), sentence.span().begin(), m))
          ? Optional.of(park) : Optional.empty();
    }

    void learn(Sentence sentence, List<Mention> named) {
      if (zone || park != null) {
        return;
      }
      // 同安园, a district's part of a zone of several (一区多园), is no park that 园区 could name
      Optional<Mention> namedPark = named.stream()
          .filter(m -> m.type() == EntityType.PLATFORM && SubjectFinder.isPark(m.name())
              && m.name().length() > DISTRICT_PARK)
          .findFirst();
      int offset = sentence.span().begin();
      int area = sentence.text().indexOf(PARK_AREA);
      while (area >= 0 && insideName(named, offset + area)) {
        area = sentence.text().indexOf(PARK_AREA, area + 1);
      }
      int areaAt = offset + area;
      if (area >= 0 && namedPark.map(m -> areaAt < m.span().begin()).orElse(true)) {
        zone = true;
      } else {
        park = namedPark.map(StatisticExtractor::subjectOf).orElse(null);
      }
    }

    private static boolean insideName(List<Mention> named, int at) {
      return named.stream().anyMatch(m -> m.span().begin() <= at && at < m.span().end());
    }
  }

  /**
   * 共建某某孵化器。该孵化器…; 某某公司是两区联动的受益者。该公司…: the park or company a sentence names last, figures or
   * not, is what the next may refer back to; a project's builder counts as named.
   */
  private static Optional<SubjectFinder.Subject> lastCarried(List<Mention> named) {
    return named.stream()
        .map(m -> m.type() == EntityType.PLATFORM ? Optional.of(subjectOf(m)) : SubjectFinder.companyOf(m))
        .flatMap(Optional::stream)
        .reduce((a, b) -> b);
  }

  /**
   * The parks an article has named once a sentence named {@code named}, the last named first: 该产业园 may point back past
   * a platform named after the park (建议某某机器人产业园加快建设共享检测平台。目前该产业园已集聚…).
   */
  private static List<SubjectFinder.Subject> parksAfter(List<Mention> named, List<SubjectFinder.Subject> parks) {
    List<SubjectFinder.Subject> latest = new ArrayList<>();
    named.stream().filter(m -> m.type() == EntityType.PLATFORM).map(StatisticExtractor::subjectOf)
        .forEach(park -> latest.add(0, park));
    latest.addAll(parks);
    return List.copyOf(new LinkedHashSet<>(latest));
  }

  /** The last of {@code named} (in text order) that names a {@code type}. */
  private static Optional<Mention> lastOf(List<Mention> named, EntityType type) {
    return named.stream().filter(m -> m.type() == type).reduce((a, b) -> b);
  }

  private static SubjectFinder.Subject subjectOf(Mention m) {
    return new SubjectFinder.Subject(m.name(), m.type());
  }

  /** The enterprise or park the paragraph is about after a sentence gave {@code observations}. */
  private static SubjectFinder.Subject carriedAfter(List<Observation> observations, SubjectFinder.Subject carried) {
    return observations.stream()
        .filter(o -> o.subjectType() == EntityType.ENTERPRISE || o.subjectType() == EntityType.PLATFORM)
        .reduce((a, b) -> b)
        .map(o -> new SubjectFinder.Subject(o.subject(), o.subjectType()))
        .orElse(carried);
  }

  /**
   * What the article said before a sentence, that its reading needs.
   *
   * @param mainZone the paragraph's zone, the default subject
   * @param articleZone the article's main zone, which the paragraph's may have replaced as the default subject
   * @param paragraphRegion the region the paragraph opened with, the default subject in place of the zone; or null
   * @param carried the enterprise or park an earlier sentence of the paragraph was about, or null
   * @param articleParks the parks the article named before the sentence, the last named first
   * @param speaker who speaks the sentence, a quotation, and so owns all its figures; empty for narration
   * @param memory the indicators of the figures before, which a change after them goes on from
   */
  private record Said(String mainZone, String articleZone, SubjectFinder.Subject paragraphRegion, PeriodScope scope,
      SubjectFinder.Subject carried, List<SubjectFinder.Subject> articleParks, Optional<SubjectFinder.Subject> speaker,
      IndicatorBuilder.Memory memory) {}

  /** The reading of one sentence: its numbers in order, with what earlier clauses named. */
  private final class SentenceReading {
    private final Sentence sentence;
    private final List<PeriodMention> found;
    private final List<Mention> named;
    /** What the article said before the sentence. */
    private final Said said;
    private final List<Span> clauses;
    /** The subject of the sentence's last figure, or null before its first. */
    private SubjectFinder.Subject lastSubject;
    /** The clause of the last level a measure started from (从35%提高到68%), and that level's indicator. */
    private Span startedClause;
    private String startedIndicator;

    SentenceReading(Sentence sentence, List<PeriodMention> found, List<Mention> named, Said before) {
      this.sentence = sentence;
      this.found = found;
      this.named = named;
      this.said = before;
      this.clauses = clauses(sentence);
    }

    /** Reads the sentence's figures but those {@code readAlready}. */
    void read(List<Observation> out, List<Span> readAlready) {
      List<Span> blocked = new ArrayList<>(readAlready);
      found.forEach(p -> blocked.add(p.span()));
      named.forEach(m -> blocked.add(m.span()));
      List<NumberPhrase> phrases = scanner.scan(sentence.text(), sentence.span().begin(), blocked).stream()
          .filter(p -> !isSlogan(p) && !isThreshold(p) && !isIncidentalDuration(p) && !countsTheListAfter(p))
          .toList();
      int listStart = 0;
      for (int k = 0; k < phrases.size(); k++) {
        NumberPhrase phrase = phrases.get(k);
        Span clause = clauseOf(phrase.number());
        boolean listed = k > 0 && clause.contains(phrases.get(k - 1).whole())
            && NumberScanner.separatedByListMark(sentence.text(), sentence.span().begin(), phrases.get(k - 1), phrase);
        if (!listed) {
          listStart = k;
        }
        int listEnd = k;
        while (listEnd + 1 < phrases.size() && NumberScanner.separatedByListMark(sentence.text(),
            sentence.span().begin(), phrases.get(listEnd), phrases.get(listEnd + 1))) {
          listEnd++;
        }
        int localBegin = k > 0 && clause.contains(phrases.get(k - 1).whole()) ? phrases.get(k - 1).whole().end()
            : clause.begin();
        read(phrase, clause, new Span(localBegin, phrase.whole().begin()), k - listStart, listEnd - listStart + 1,
            phrases.get(listStart), out);
      }
    }

    /**
     * 打造千亿级产业集群, 成为首个工业产值千亿级园区: an order of magnitude as a class is a slogan, no figure, unless the
     * clause names the companies of the class (如意科技、山推股份等销售收入百亿级企业).
     */
    private boolean isSlogan(NumberPhrase phrase) {
      return phrase.shape() == NumberPhrase.Shape.LEVEL && examplesOfClass(clauseOf(phrase.number()), phrase).isEmpty();
    }

    /**
     * 短短两个小时里: how long something lasted is a figure only when the clause measures a procedure by it
     * (通关时间压缩至2小时, 从签约到开工用时45天).
     */
    private boolean isIncidentalDuration(NumberPhrase phrase) {
      if (!Unit.lookup(phrase.unit()).map(u -> DURATIONS.contains(u.base())).orElse(false)) {
        return false;
      }
      Span clause = clauseOf(phrase.number());
      return !TIME_MEASURED.matcher(text(clause.begin(), phrase.whole().begin())).find();
    }

    /**
     * 如意科技、山推股份等销售收入百亿级企业, 某某、某某等营收超10亿元的企业: the companies a clause lists as examples of the
     * firms its figure defines, or none.
     */
    private List<Mention> examplesOfClass(Span clause, NumberPhrase phrase) {
      String after = text(phrase.whole().end(), clause.end());
      // 等20家企业 counts the firms: only a sum defines a class of them
      boolean sum = Unit.lookup(phrase.unit()).map(u -> u.base().isMoney()).orElse(false);
      if (!sum || phrase.shape() != NumberPhrase.Shape.LEVEL && !CLASS_OF_FIRMS.matcher(after).lookingAt()) {
        return List.of();
      }
      String before = text(clause.begin(), phrase.whole().begin());
      int etc = before.lastIndexOf('等');
      if (etc < 0) {
        return List.of();
      }
      int end = clause.begin() + etc;
      List<Mention> listed = named.stream()
          .filter(m -> m.type() == EntityType.ENTERPRISE && m.span().begin() >= clause.begin() && m.span().end() <= end)
          .toList();
      boolean closesList = !listed.isEmpty() && listed.get(listed.size() - 1).span().end() == end;
      return closesList && joinedAsList(listed) ? listed : List.of();
    }

    /**
     * A、B营收均突破10亿元; 另外3家分别为A、B和C，去年营收均超过1亿元: a figure said of each of the names listed right
     * before it (均, 都, 双双), who are all of one kind, is each one's. The names in order, or none.
     */
    private List<Mention> eachOfList(Span clause, NumberPhrase phrase) {
      List<Mention> before = named.stream()
          .filter(m -> SubjectFinder.SUBJECT_TYPES.contains(m.type()) && m.span().end() <= phrase.whole().begin())
          .toList();
      if (before.size() < 2) {
        return List.of();
      }
      Mention last = before.get(before.size() - 1);
      String between = text(last.span().end(), phrase.whole().begin());
      // A、B等10家企业均…: the names are examples of those the figure is said of, not all of them
      int clauseBefore = Math.max(clause.begin(), last.span().end());
      boolean eachInClause = EACH.matcher(text(clauseBefore, phrase.whole().begin())).find();
      if (!eachInClause || between.startsWith(ET_CETERA) || CLAUSE_MARK.matcher(between).results().count() > 1) {
        return List.of();
      }
      int first = before.size() - 1;
      while (first > 0 && before.get(first - 1).type() == last.type()
          && joinedAsList(before.subList(first - 1, first + 1))) {
        first--;
      }
      return first < before.size() - 1 ? before.subList(first, before.size()) : List.of();
    }

    /** Whether nothing but list marks (、, 和, 与 …) stands between the names one after another. */
    private boolean joinedAsList(List<Mention> names) {
      for (int k = 1; k < names.size(); k++) {
        if (!LIST_MARKS.matcher(text(names.get(k - 1).span().end(), names.get(k).span().begin())).matches()) {
          return false;
        }
      }
      return true;
    }

    /**
     * 禅城园、高明园、三水园营业收入分别增长8.2%、7.5%和9.1%: as many names listed before 分别 as the clause has figures
     * take them in turn; a clause opening with 分别 has them in the clause before (乐山高新区和泸州高新区增速较快，
     * 分别增长…). The names in order, or none.
     */
    private List<Mention> listedRespectively(Span clause, NumberPhrase first, int listSize) {
      Matcher respectively =
          RESPECTIVELY.matcher(text(clause.begin(), Math.max(clause.begin(), first.whole().begin())));
      if (listSize < 2 || !respectively.find()) {
        return List.of();
      }
      int end = clause.begin() + respectively.start();
      int from = respectively.start() == 0 ? previousClauseBegin(clause.begin()) : clause.begin();
      List<Mention> listed = named.stream()
          .filter(m -> SubjectFinder.SUBJECT_TYPES.contains(m.type()) && m.span().begin() >= from
              && m.span().end() <= end)
          .toList();
      return listed.size() == listSize && joinedAsList(listed) ? listed : List.of();
    }

    /** Where the clause before the one at {@code clauseBegin} begins, or {@code clauseBegin} when none does. */
    private int previousClauseBegin(int clauseBegin) {
      return clauses.stream().filter(c -> c.end() == clauseBegin).findFirst().map(Span::begin).orElse(clauseBegin);
    }

    /** 另外3家分别为A、B和C: the count of the names listed next only announces them. */
    private boolean countsTheListAfter(NumberPhrase phrase) {
      return OTHERS.matcher(text(sentence.span().begin(), phrase.whole().begin())).find()
          && LIST_NEXT.matcher(text(phrase.whole().end(), sentence.span().end())).lookingAt();
    }

    /**
     * 10亿元以上项目23个, 营业收入超过10亿元的企业14家: the sum only sorts the projects or companies counted; the count is
     * the figure.
     */
    private boolean isThreshold(NumberPhrase phrase) {
      String after = text(phrase.whole().end(), sentence.span().end());
      Matcher andAbove = AND_ABOVE_AFTER.matcher(after);
      boolean aboveAfter = andAbove.lookingAt();
      // 超过10亿元的企业14家 counts them, but 成长为估值超过150亿元的独角兽企业 values one, and 百亿级企业 classes those named
      boolean bound = text(phrase.whole().begin(), phrase.whole().end()).endsWith(AND_ABOVE) || aboveAfter
          || OVER_BEFORE.matcher(text(phrase.whole().begin(), phrase.number().begin())).find()
          && COUNTED_CLASS.matcher(after).lookingAt();
      String sorted = aboveAfter ? after.substring(andAbove.end()) : after;
      return phrase.unit() != null && phrase.unit().endsWith(YUAN) && bound && THRESHOLD_OF.matcher(sorted).lookingAt();
    }

    private void read(NumberPhrase phrase, Span clause, Span local, int listIndex, int listSize, NumberPhrase first,
        List<Observation> out) {
      said.memory().enterClause(clause.begin());
      List<Mention> examples = examplesOfClass(clause, phrase);
      if (examples.isEmpty()) {
        examples = eachOfList(clause, phrase);
      }
      if (!examples.isEmpty()) {
        // 培育形成了A、B、C等销售收入百亿级企业: each company named is one of the class the figure defines
        List<Mention> each = examples;
        each.forEach(e -> observe(subjectOf(e), each, phrase, clause, local, listIndex, listSize, first, out));
        return;
      }
      List<Mention> listed = listedRespectively(clause, first, listSize);
      // 其中中试基地已承接…: a park named by the end of its name opens the clause, which does not go on from before
      Optional<SubjectFinder.Subject> subject = said.speaker()
          .or(() -> listed.isEmpty() ? Optional.empty() : Optional.of(subjectOf(listed.get(listIndex))))
          .or(() -> subjects.parkOpeningClause(sentence, phrase, clause, named, said.carried(), said.articleParks()))
          .or(() -> goesOnFromBefore(clause, phrase))
          .or(() -> subjects.find(sentence, phrase, clause, named, said.mainZone(), said.carried(),
              said.paragraphRegion()));
      subject.ifPresent(found -> observe(found, listed, phrase, clause, local, listIndex, listSize, first, out));
    }

    /** The observation of {@code phrase} about {@code subject}; {@code listed} are names kept out of its indicator. */
    private void observe(SubjectFinder.Subject subject, List<Mention> listed, NumberPhrase phrase, Span clause,
        Span local, int listIndex, int listSize, NumberPhrase first, List<Observation> out) {
      lastSubject = subject;
      String beforeList = text(clause.begin(), Math.max(clause.begin(), first.whole().begin()));
      String clauseBefore = text(clause.begin(), Math.max(clause.begin(), phrase.whole().begin()));
      Optional<Comparison> comparison = comparisons.find(beforeList);
      if (comparison.isEmpty() && "倍".equals(phrase.unit())) {
        // "分别是2020年的2.5倍和2倍": every multiple of the list is of what comes before the first
        comparison = comparisons.findMultiple(beforeList).or(() -> comparisons.findMultiple(clauseBefore));
      }
      String after = text(phrase.whole().end(), clause.end());
      // 排名由第30位升至第17位: a level is a plain figure or a fraction, and ranks keep their own reading
      boolean plain = phrase.shape() == NumberPhrase.Shape.PLAIN || phrase.shape() == NumberPhrase.Shape.FRACTION;
      LevelChange level = plain ? LevelChange.of(clauseBefore, after) : LevelChange.NONE;
      StatKind underlying = level == LevelChange.NONE ? kinds.underlying(phrase, clauseBefore, after, comparison)
          : KindClassifier.ofLevel(phrase, clauseBefore);
      List<String> hiddenNames = new ArrayList<>();
      hiddenNames.add(subject.name());
      ResolvedCorpus.relativeParts(subject.name()).ifPresent(parts -> hiddenNames.add(parts[1]));
      // 数智云图实现营业收入…: the short name the subject goes by here is no part of what it measures either
      named.stream().filter(m -> m.name().equals(subject.name()))
          .map(m -> text(m.span().begin(), m.span().end())).forEach(hiddenNames::add);
      if (subject.type() == EntityType.PROJECT) {
        // 项目总投资, 该项目总投资: the project's own investment
        hiddenNames.addAll(PROJECT_REFERENCES);
      }
      Stream.of(said.mainZone(), said.articleZone()).filter(Objects::nonNull).forEach(hiddenNames::add);
      listed.forEach(m -> hiddenNames.add(text(m.span().begin(), m.span().end())));
      if (subject.type() == EntityType.PLATFORM) {
        // 该孵化器已入驻…, 实验室已引进…, 中试基地已承接…: the park referred to by its kind
        SubjectFinder.referringEnds(subject.name()).forEach(end -> hiddenNames.addAll(List.of("该" + end, end)));
      }
      List<Span> hidden = new ArrayList<>(found.stream().map(PeriodMention::span).toList());
      if (subject.type() == EntityType.PROJECT) {
        // 该项目由某公司投资9.8亿元: who invests is no part of what the project's figure measures
        named.stream().filter(m -> m.type() == EntityType.ENTERPRISE).map(Mention::span).forEach(hidden::add);
      }
      Slot slot = new Slot(sentence, phrase, clause, local, listIndex, listSize, underlying,
          underlying == StatKind.DIFFERENCE ? comparison : Optional.empty(), hidden, hiddenNames);
      // a project's figures are its own: the zone's topic (新开工项目) does not name them, nor they the zone's next
      IndicatorBuilder.Memory about =
          subject.type() == EntityType.PROJECT ? new IndicatorBuilder.Memory() : said.memory();
      List<String> names = phrase.shape() == NumberPhrase.Shape.DOUBLE_RANK
          ? indicators.doubleRank(slot, about) : List.of(indicators.build(slot, about));
      // 比上年末多87家, 高于全省平均水平约18件, 同比增长1.3倍: a change keeps the base it is counted from
      Optional<Comparison> base = slot.comparison().isPresent() || level != LevelChange.NONE
          ? Optional.empty() : comparison.or(() -> comparisons.findChangeBase(clauseBefore));
      StatKind stated = base.isPresent() ? KindClassifier.fromBase(underlying, phrase) : underlying;
      StatKind kind = kinds.isTarget(stated, text(sentence.span().begin(), phrase.whole().begin()))
          ? StatKind.TARGET : stated;
      String comparedTo = slot.comparison().or(() -> base.filter(b -> KindClassifier.keepsBase(stated)))
          .map(c -> c.referenceFor(listIndex, listSize)).orElse(null);
      // 约占济南市65%、山东省27%: the 约 of 约占 qualifies every share of the list
      Approx approx = phrase.approx() == null && ABOUT_SHARE.matcher(beforeList).find() ? Approx.ABOUT : phrase.approx();
      String period = level == LevelChange.FROM ? startingPeriod(phrase, clause) : periodOf(phrase, clause);
      for (String built : names) {
        String indicator = levelIndicator(level, clause, built.isBlank() ? openingTopic().orElse(built) : built);
        if (indicator.isBlank()) {
          continue;
        }
        out.add(new Observation(subject.name(), subject.type(), indicator, phrase.value(), phrase.unit(),
            said.scope().dated(period, kind), kind, approx, comparedTo, phrase.number(), sentence.index()));
        said.memory().remember(underlying, indicator, indicators.baseOf(underlying, indicator));
      }
    }

    /**
     * The indicator of a level a measure moved from or to (本地配套率从35%提高到68%): what the words before 从 name, which
     * the level it reached, its clause naming no more than the move, takes from the level it started from.
     */
    private String levelIndicator(LevelChange level, Span clause, String built) {
      if (level == LevelChange.NONE) {
        return built;
      }
      if (level == LevelChange.TO && clause.equals(startedClause)) {
        return startedIndicator;
      }
      String indicator = LevelChange.withoutMove(built);
      if (level == LevelChange.FROM) {
        startedClause = clause;
        startedIndicator = indicator;
      }
      return indicator;
    }

    /** What the sentence's opening clause says it compares, unless that clause names someone. */
    private Optional<String> openingTopic() {
      Matcher m = TOPIC_OPENING.matcher(sentence.text());
      if (!m.find()) {
        return Optional.empty();
      }
      String topic = m.group(1) != null ? m.group(1) : m.group(2);
      int end = sentence.span().begin() + m.end();
      boolean namesSomeone = named.stream().anyMatch(n -> n.span().begin() < end);
      return namesSomeone || NO_TOPIC.matcher(topic).lookingAt() ? Optional.empty() : Optional.of(topic);
    }

    /**
     * 某公司实现营业收入7.2亿元，同比增长41.5%，其中出口收入占比达到26%: a clause that names no one and goes on from
     * the figure before it (its growth, its share, a part of it) keeps that figure's subject.
     */
    private Optional<SubjectFinder.Subject> goesOnFromBefore(Span clause, NumberPhrase phrase) {
      boolean goesOn = GOES_ON.matcher(text(clause.begin(), phrase.whole().begin())).lookingAt();
      // 增速比全国开发区平均水平高2.1个百分点: the place compared with is no one the clause is about
      boolean namesNoOne = named.stream()
          .filter(m -> !(m.type() == EntityType.REGION
              && SubjectFinder.COMPARED.matcher(text(clause.begin(), m.span().begin())).find()))
          .noneMatch(m -> clause.begin() <= m.span().begin() && m.span().end() <= phrase.whole().begin());
      return goesOn && namesNoOne ? Optional.ofNullable(lastSubject) : Optional.empty();
    }

    /** 由2020年的38%提高到…: the level a measure started from is of the period that opens it, else as any figure. */
    private String startingPeriod(NumberPhrase phrase, Span clause) {
      return found.stream()
          .filter(p -> clause.begin() <= p.span().begin() && p.span().end() <= phrase.whole().begin())
          .reduce((a, b) -> b)
          .map(p -> labelOf(p, found))
          .orElseGet(() -> periodOf(phrase, clause));
    }

    private String periodOf(NumberPhrase phrase, Span clause) {
      Optional<PeriodMention> before = found.stream()
          .filter(p -> !p.comparand() && p.span().end() <= phrase.whole().begin())
          .reduce((a, b) -> b);
      if (before.isPresent()) {
        return labelOf(before.get(), found);
      }
      return found.stream()
          .filter(p -> !p.comparand() && clause.contains(p.span()))
          .map(PeriodMention::label)
          .findFirst()
          .orElse(said.scope().period());
    }

    private Span clauseOf(Span number) {
      return clauses.stream().filter(c -> c.begin() <= number.begin() && number.begin() < c.end()).findFirst()
          .orElse(sentence.span());
    }

    private String text(int begin, int end) {
      int offset = sentence.span().begin();
      return sentence.text().substring(begin - offset, Math.max(begin, end) - offset);
    }
  }

  /** 某某项目去年建成: a period before what happened dates that event, not the figures after it. */
  private static boolean datesEvent(String text, PeriodMention period) {
    return EVENT_AFTER.matcher(text).region(period.span().end(), text.length()).lookingAt();
  }

  /** The label of {@code period}; "2024年，某某区全年新增…": 全年 restates the year the sentence opened with, which says more. */
  private static String labelOf(PeriodMention period, List<PeriodMention> inSentence) {
    if (!period.label().equals(WHOLE_YEAR)) {
      return period.label();
    }
    return inSentence.stream()
        .filter(p -> !p.comparand() && p.span().end() <= period.span().begin())
        .reduce((a, b) -> b)
        .map(PeriodMention::label)
        .filter(label -> YEAR_ONLY.matcher(label).matches())
        .orElse(WHOLE_YEAR);
  }

  private static List<Span> clauses(Sentence sentence) {
    List<Span> out = new ArrayList<>();
    Matcher m = CLAUSE_MARK.matcher(sentence.text());
    int offset = sentence.span().begin();
    int start = 0;
    while (m.find()) {
      out.add(new Span(offset + start, offset + m.end()));
      start = m.end();
    }
    out.add(new Span(offset + start, sentence.span().end()));
    return out;
  }
}
