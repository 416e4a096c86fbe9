package zonekg.extract.statistic;

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
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.extract.ZoneKindReferences;
import zonekg.extract.project.ProjectOwner;

/**
 * Decides which entity a number is about. The article's main zone by default; a zone, enterprise
 * or park named earlier in the sentence when it is the topic of the number's clause or of the clause
 * before ("…创办的厦门某科技有限公司，目前估值已超20亿元"), or the sentence's opening subject.
 * A name that is compared with (比X, 占X, 居X首位), ranked in, or listed (A、B等12家) is not the subject.
 */
public final class SubjectFinder {
  /** Who a statistic is about. */
  public record Subject(String name, EntityType type) {}

  /** What a figure can be about when a sentence names it. */
  static final Set<EntityType> SUBJECT_TYPES = Set.of(EntityType.ZONE, EntityType.ENTERPRISE,
      EntityType.PLATFORM);
  /**
   * Words after which a name is an object, a predicate noun (是某某高新区培育的企业), an agent (由某研究院牵头组建的…),
   * a means (依托某综合保税区，全区进出口…) or the way goods go (企业经某综合保税区出口…, but not 已经), not the subject.
   */
  private static final Pattern GOVERNED = Pattern.compile(
      "(?:比|较|占|居|列|领先|高于|低于|超过|于|和|与|及|为|向|从|在|到|是|由|依托|借助|依靠|通过|围绕|(?<![已曾])经)$");
  /**
   * 某产业园落户某高新区，一期已有…; 某公司入驻某孵化园，2023年营收…: where something settles is not the subject; but
   * 落户某经开区的企业有15家 counts what settled there, the place's own figure.
   */
  private static final Pattern SETTLED_IN = Pattern.compile("(?:落户|落地|入驻|进驻|位于|扎根)$");
  private static final String CLAUSE_MARKS = ZoneKindReferences.CLAUSE_MARKS;
  private static final String ZONES_OF_A_KIND =
      "(?:国家级|省级|自治区级)?(?:经济技术开发区|高新技术产业开发区|开发区|综保区|综合保税区|高新区|经开区|园区)";
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[" + CLAUSE_MARKS + "]");
  /** After a place, words that make it a qualifier or one of a list, not the topic: 山东省级, 北京市和. */
  private static final Pattern NOT_TOPIC_AFTER_PLACE = Pattern.compile("[级等和与及、（(]");
  /** 北海市电子信息产业产值中约七成来自某高新区: a share of the place's whole, whose part the clause names after it. */
  private static final Pattern PARTITIVE = Pattern.compile("[中里内]$");
  /**
   * A clause about the whole province or city: (同期)全省…, 全市…, 全省R&D经费投入强度…, 我省…, or its zones of a kind,
   * counted or summed (全市9个开发区, 全区综合保税区合计…: 全区 is the region only where the zone is in an autonomous region).
   */
  private static final Pattern REGION_WIDE = Pattern.compile("(?:同期)?(全省|全市|我省|我市|全区(?=" + ZONES_OF_A_KIND
      + "))(?=\\p{IsHan}{2}|[A-Za-z]|\\d+(?:个|家)\\p{IsHan}{0,5}?" + ZONES_OF_A_KIND + ")");
  /** 全省7家国家级经济技术开发区（秦皇岛…、廊坊…）: a region's zones counted, then listed in brackets. */
  private static final Pattern COUNTED_THEN_LISTED =
      Pattern.compile("^\\d+(?:个|家)\\p{IsHan}{0,5}?" + ZONES_OF_A_KIND + "[（(]");
  /**
   * 力争全年全省…, 确保全年全省…, 到2025年全省…力争, 今年以来全市…: a target's words, times and what they run from
   * before the region that opens the clause.
   */
  private static final Pattern REGION_LEAD = Pattern.compile("^(?:" + ZoneKindReferences.TIME_LEAD
      + "(?:力争|确保|努力|预计|计划|争取|到|全年|以来)[，,]?)*" + ZoneKindReferences.TIME_LEAD);
  /** 闽海经济网讯 7月15日上午，…: a dateline and the day before what a paragraph opens with. */
  private static final Pattern PARAGRAPH_LEAD = Pattern.compile("^(?:[^，,。；;]{0,12}讯[\\s　]*)?"
      + "(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|中午|晚间?|早上)?[，,]?)?");
  private static final String LIST_OR_LEVEL = "、等级和与及）)";
  private static final int MAX_QUALIFIER = 8;
  /** 以某公司为龙头的X: the role a name plays for the topic it introduces. */
  private static final String LEADING_ROLE = "为(?:龙头|核心|引领|主导|主体|依托|载体|支撑|牵引|代表)";
  /**
   * 以某公司为龙头的X, 作为国家重大科技基础设施，X, 由某研究院牵头组建的X: what introduces the sentence's topic, however
   * long.
   */
  private static final Pattern TOPIC_INTRODUCED = Pattern.compile("以[^，,；;。]{1,16}" + LEADING_ROLE + "的"
      + "|作为[^，,；;。]{2,24}[，,]|由[^，,；;。]{2,24}(?:牵头|联合|共同|投资|出资)?(?:组建|建设|打造|成立|设立|创办)的");
  /** A park's word for itself (园区), and how a park's name ends (产业园, 合作园). */
  static final String PARK_AREA = "园区";
  static final String PARK = "园";
  private static final Pattern CLAUSE_LEAD = Pattern.compile("^" + ZoneKindReferences.TIME_LEAD);
  /** 该创新园, 这个孵化器: what points back to a park named before. */
  private static final Pattern DEMONSTRATIVE = Pattern.compile("^(?:该|这个|此|这家|这座|这所)");
  private static final Pattern PLAYS_LEADING_ROLE = Pattern.compile("^" + LEADING_ROLE);
  /** Words after a place that make it an adverbial (全国首创, 全省率先), not the subject of a figure. */
  private static final Pattern ADVERBIAL_PLACE = Pattern.compile("^(?:首|率先|第一|唯一|领先|范围|层面|各地|平均)");
  /** A place right before a number is the whole or the comparand, not the subject, after these: 占济南市1/7. */
  static final Pattern COMPARED = Pattern.compile("(?:占|比|较|以|居|列|高于|低于|领先|超过|贡献了?|不到|不足|约|近)$");
  /**
   * A pronoun near the start of a clause: 其, 他的, 该公司, and 公司 opening it (目前公司员工…), point back to the entity
   * just introduced; 其中, 其他, 其余 pick out part of the figure before, whoever it was about.
   */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("(?:^|[，,；;])(?:[^，,；;]{0,4}?(?:其(?![中他余次实])|他的|她的|(?<company>该公司|该企业))"
          + "|(?:目前|今年|去年|上半年|\\d{4}年)?(?<bare>公司)(?![债]))");
  /** 销往全国26个省份: places counted within a region, whose count is no figure of the region. */
  private static final Pattern PLACES_COUNTED =
      Pattern.compile("(?:省份|省区市|省市区|省市|省|城市|地市|市州|市|国家和地区|国家(?![级高经自])|地区|县区|县)");
  /** The kinds of park a text refers back to by the kind alone. */
  private static final List<String> PARK_KINDS = List.of("孵化器", "实验室", "研究院", "研究所", "众创空间", "加速器",
      "产业园", "创新中心", "研究中心", "基地", "科学装置", "装置", "科技城", "科创城", "科学城", "产业城", "软件园", "科技园", "中心");
  /**
   * 该孵化器运营一年多来，已入驻…; 截至目前，实验室已引进…; 这个建筑面积12万平方米的孵化器，…: a park's kind, at a clause's
   * start or after a demonstrative and what describes it, names the park just named.
   */
  private static final Pattern PARK_REFERENCE = Pattern.compile("(?:^|[，,；;])(?:(?:该|这个|此|这家|这座|这所)"
      + "[^，,；;。]{0,20}?)?(" + String.join("|", PARK_KINDS) + ")");
  /**
   * What only a project has: its investment, the output, capacity, sales or jobs it will add once built, what it
   * processes or delivers, the firms it draws in, its land, the length of a road or pipeline it builds.
   */
  private static final Pattern PROJECT_FIGURE = Pattern.compile("(?:总投资|投资额?|年产值|产值|年产能|产能|年产"
      + "|规划用地|用地|占地(?:面积)?|建筑面积|总长|全长|库容|机架|机柜|仓储能力|就业"
      + "|年加工|年处理|加工能力|处理能力|日均处理|吞吐能力|集结能力|纱锭|交付|减少[^，,；;。]{0,6}排放"
      + "|(?:达产|满产|投产|建成)后(?:[^，,；;。]*?年销售)?"
      + "|(?:吸引|引进)[^，,；;。]{0,8}企业)"
      + "[^，,；;。]{0,12}$");
  /**
   * 某某项目在某高新区开工, 某某项目11月在某经开区签约, 某某项目签约落地某区, 某某项目成功签约，将落户某产业园: the zone or
   * park a project is placed in.
   */
  private static final Pattern PLACES_PROJECT = Pattern.compile("^(?:(?:成功|顺利|正式)?(?:签约|开工)[，,])?"
      + "(?:(?:今年|去年|明年)?\\d{1,2}月(?:\\d{1,2}日)?|日前)?"
      + "(?:正式|顺利|已|将|近日)?(?:在|于|落户(?:于|到)?|签约落地|签约落户|落地|入驻|扎根)$");
  /**
   * 投资21亿元建设的某某项目, 将投资36亿元建设某某项目, 追加投资1.8亿美元，建设某某项目: an investment made to build the
   * project named next.
   */
  private static final Pattern BUILDS_NEXT = Pattern.compile("^(?:[，,]?(?:建设|打造|兴建|新建|扩建|实施)的?|的)“?$");
  /** 某项目、某项目等5个项目投资额均超过20亿元: a figure of each project of a list is none of one. */
  private static final Pattern LISTED = Pattern.compile("^[、等]");
  /**
   * How many clauses a project's figure may follow its name by (某某项目正在加快建设，项目总投资…), and a topic's
   * figure its name.
   */
  private static final int MAX_TOPIC_CLAUSES = 6;
  /** 某某项目投产后，公司营收增长30%, 上半年园区产量…: a figure of the company or the zone again, not the project's. */
  private static final Pattern OTHER_TOPIC = Pattern.compile("公司|企业|集团|园区|全区|该区|全市|全省");
  /** A later clause that turns from a company or park to the zone or the region (全区…, 全市…), or 园区 to the zone. */
  private static final Pattern ZONE_OR_REGION = Pattern.compile("全区|该区|全市|全省");
  /** A later clause that turns from a park to a company: 公司营收…. */
  private static final Pattern COMPANY = Pattern.compile("公司|集团");
  /** 某中试基地，由某公司负责运营，…: the company that runs or built the park, said in a clause of its own. */
  private static final Pattern RUN_BY = Pattern.compile(
      "[，,]由[^，,；;。]{2,30}?(?:公司|集团)(?:负责)?(?:运营|管理|建设|承建|投资建设|投资|运维)(?=[，,])");
  /** 某公司负责人介绍，…: a company that speaks, of whatever its figures are about. */
  private static final Pattern SPEAKS =
      Pattern.compile("^(?:[^，,；;。]{0,6}?(?:负责人|董事长|总经理|主任))?(?:介绍|表示|说|称|透露|指出|告诉)");
  /** 某经开区、某高新区…，孵化器在孵企业分别达到310家和146家: a kind of park said of several places at once names no one park. */
  private static final String RESPECTIVELY = "分别";
  /** The particle that ends a relative clause before the name it describes. */
  private static final char OF = '的';

  /**
   * The subject of {@code phrase} in {@code sentence}, whose {@code clause} holds it; {@code mentions} are those of the
   * sentence. A place (全国, 山东省) is the subject of its own count or sum when it stands right before the number
   * ("从全国近1900篇投稿中", "在山东省160家开发区中") or opens a sentence that names no zone
   * ("近年来，唐山市…培育了…99家企业"). {@code carried} is the enterprise or park an earlier sentence of the paragraph
   * was about, or null: a clause that refers back to it ("其落地项目获得…", "使得他的项目获得…", "该孵化器…") and names no
   * one else keeps it as subject.
   */
  public Optional<Subject> find(Sentence sentence, NumberPhrase phrase, Span clause, List<Mention> named,
      String mainZone, Subject carried, Subject paragraphRegion) {
    List<Mention> mentions = withoutListedMembers(sentence, named);
    Optional<Subject> project = projectFigure(sentence, phrase, clause, mentions);
    if (project.isPresent()) {
      return project;
    }
    Optional<Subject> regionWide = regionWide(sentence, phrase, clause, mentions, mainZone);
    if (regionWide.isPresent()) {
      return regionWide;
    }
    Optional<Subject> found =
        named(sentence, phrase, mentions, mainZone).or(() -> companyBefore(sentence, phrase, mentions));
    if (found.isEmpty() && carried != null && refersBack(sentence, phrase.whole(), carried)) {
      return Optional.of(carried);
    }
    if (found.isPresent()) {
      return found;
    }
    if (paragraphRegion != null) {
      return Optional.of(paragraphRegion);
    }
    return Optional.ofNullable(mainZone).map(zone -> new Subject(zone, EntityType.ZONE));
  }

  /**
   * 10月17日上午，杭州市四季度重大产业项目集中签约开工活动…举行; 7月15日，全省开发区…排行榜发布: the region a paragraph opens
   * with as its topic, after a dateline or a day. The figures of its later sentences that name no one are that
   * region's (本次活动共签约项目62个), not the article's zone's.
   */
  public static Optional<Subject> paragraphRegion(Sentence sentence, List<Mention> mentions, String mainZone) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    Matcher dateline = PARAGRAPH_LEAD.matcher(text);
    int from = dateline.lookingAt() ? dateline.end() : 0;
    Matcher lead = REGION_LEAD.matcher(text.substring(from));
    int opens = from + (lead.lookingAt() ? lead.end() : 0);
    Optional<Mention> first = mentions.stream()
        .filter(m -> SUBJECT_TYPES.contains(m.type()) || m.type() == EntityType.REGION || m.type() == EntityType.PROJECT)
        .min(Comparator.comparing(Mention::span));
    if (first.isPresent() && first.get().span().begin() - offset <= opens) {
      Mention region = first.get();
      return opensAsTopic(text, offset, region, opens + offset)
          ? Optional.of(new Subject(region.name(), EntityType.REGION)) : Optional.empty();
    }
    Matcher wide = REGION_WIDE.matcher(text.substring(opens));
    return mainZone != null && wide.lookingAt()
        ? Optional.of(new Subject(ResolvedCorpus.relative(mainZone, wide.group(1)), EntityType.REGION))
        : Optional.empty();
  }

  /**
   * A project's own figures: its investment, output, capacity or land, said right after it is named (某某项目总投资
   * 15亿元; 由某公司投资建设的某某项目正在建设，项目总投资67亿美元) or before it (总投资42亿元的某某项目).
   */
  private static Optional<Subject> projectFigure(Sentence sentence, NumberPhrase phrase, Span clause,
      List<Mention> mentions) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    Span number = phrase.number();
    Mention last = null;
    Mention lastProject = null;
    for (Mention m : mentions) {
      if (m.span().end() <= number.begin() && (m.type() == EntityType.PROJECT || SUBJECT_TYPES.contains(m.type()))
          && !placesProject(text, offset, lastProject, m)) {
        last = ownerOf(text, offset, lastProject, m) ? lastProject : m;
        lastProject = last.type() == EntityType.PROJECT ? last : lastProject;
      }
    }
    String between = last == null ? "" : text.substring(last.span().end() - offset, number.begin() - offset);
    int clauses = last == null ? 0 : clausesBetween(text, offset, last.span().end(), number.begin());
    if (last != null && last.type() == EntityType.PROJECT && clauses <= MAX_TOPIC_CLAUSES
        && (PROJECT_FIGURE.matcher(between).find() || clauses == 0 && !governed(text, offset, last)
            || isTopic(text, offset, last)
                && !OTHER_TOPIC.matcher(text.substring(clause.begin() - offset, number.begin() - offset)).find())
        && !LISTED.matcher(between).find()) {
      return Optional.of(new Subject(last.name(), EntityType.PROJECT));
    }
    int after = phrase.whole().end() - offset;
    return mentions.stream()
        .filter(m -> m.type() == EntityType.PROJECT && m.span().begin() - offset > after
            && BUILDS_NEXT.matcher(text.substring(after, m.span().begin() - offset)).matches()
            && PROJECT_FIGURE.matcher(text.substring(0, number.begin() - offset)).find())
        .findFirst()
        .map(m -> new Subject(m.name(), EntityType.PROJECT));
  }

  /**
   * 同期，全省规模以上工业增加值增长4.9%: a clause that opens with the whole province or city (全省, 全市) and names no one
   * before its number gives a figure of that region, the one around {@code mainZone}.
   */
  private static Optional<Subject> regionWide(Sentence sentence, NumberPhrase phrase, Span clauseSpan,
      List<Mention> mentions, String mainZone) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    int number = phrase.whole().begin() - offset;
    int clause = clauseSpan.begin() - offset;
    List<Mention> named = namedInClause(mentions, clause + offset, phrase);
    // 1-6月全省开发区实现营业收入…, 同期，广州市地区生产总值增长3.6%: the region opens the clause, maybe after a time
    Matcher lead = REGION_LEAD.matcher(text.substring(clause, number));
    int opens = clause + offset + (lead.lookingAt() ? lead.end() : 0);
    // the region's zones may be counted by the number itself (全市9个开发区)
    Matcher wide = REGION_WIDE.matcher(text.substring(opens - offset));
    if (mainZone != null && wide.lookingAt() && wide.end() <= number - (opens - offset) && named.isEmpty()) {
      return Optional.of(new Subject(ResolvedCorpus.relative(mainZone, wide.group(1)), EntityType.REGION));
    }
    Optional<Subject> earlier = regionWideEarlier(text, offset, clause, number, mentions, mainZone);
    if (earlier.isPresent()) {
      return earlier;
    }
    return named.size() == 1 && opensAsTopic(text, offset, named.get(0), opens)
        && !PARTITIVE.matcher(text.substring(clause, number)).find()
        ? Optional.of(new Subject(named.get(0).name(), EntityType.REGION)) : Optional.empty();
  }

  /**
   * {@code mentions} but those in a bracket that lists the zones a region counts (全省7家国家级经济技术开发区（秦皇岛…、
   * 廊坊…）实现…): they are what the region's figures sum, not their subjects.
   */
  private static List<Mention> withoutListedMembers(Sentence sentence, List<Mention> mentions) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    Matcher wide = REGION_WIDE.matcher(text);
    List<Mention> kept = mentions;
    while (wide.find()) {
      Matcher counted = COUNTED_THEN_LISTED.matcher(text).region(wide.end(), text.length());
      if (counted.lookingAt()) {
        int open = counted.end() - 1;
        int close = closingBracket(text, open);
        kept = kept.stream().filter(m -> m.span().begin() - offset < open || m.span().begin() - offset > close).toList();
      }
    }
    return kept;
  }

  /** Where the bracket opened at {@code open} closes, or the text's end. */
  private static int closingBracket(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  /** Whether {@code m} is a region that opens its clause at {@code opens} as what the clause is about. */
  private static boolean opensAsTopic(String text, int offset, Mention m, int opens) {
    return m.type() == EntityType.REGION && m.span().begin() == opens
        && !ADVERBIAL_PLACE.matcher(text.substring(m.span().end() - offset)).find()
        && !NOT_TOPIC_AFTER_PLACE.matcher(text.substring(m.span().end() - offset)).lookingAt();
  }

  /**
   * 全省开发区实现营业收入2.36万亿元，…，高于全省规模以上工业营业收入增速2.1个百分点: the region an earlier clause of the
   * sentence opened with ({@code 全省}, or a region by name: 2023年金华市…，进口额同比下降3.4%) stays the topic of the
   * clauses after it that name no one but what they compare with.
   */
  private static Optional<Subject> regionWideEarlier(String text, int offset, int clause, int number,
      List<Mention> mentions, String mainZone) {
    for (int at = clause - 1; at >= 0; at--) {
      if (at > 0 && CLAUSE_MARKS.indexOf(text.charAt(at - 1)) < 0) {
        continue;
      }
      int opener = at;
      List<Mention> between = mentions.stream()
          .filter(m -> m.span().begin() - offset >= opener && m.span().begin() - offset < number
              && !isComparand(text, offset, m))
          .toList();
      Matcher lead = REGION_LEAD.matcher(text.substring(at, clause));
      int opens = at + (lead.lookingAt() ? lead.end() : 0);
      if (!between.isEmpty()) {
        // 2023年金华市跨境电商进出口额…，进口额同比下降3.4%: a region named opening an earlier clause stays the topic,
        // unless the sentence was about someone else before it (某科学城力争建成…，全国重点实验室达到6家，…)
        boolean regionFirst = mentions.stream()
            .noneMatch(m -> m.span().begin() - offset < opener && m.type() != EntityType.REGION);
        Mention region = between.get(0);
        return between.size() == 1 && region.span().begin() - offset < clause && regionFirst
            && opensAsTopic(text, offset, region, opens + offset)
            ? Optional.of(new Subject(region.name(), EntityType.REGION)) : Optional.empty();
      }
      Matcher wide = REGION_WIDE.matcher(text.substring(opens, clause));
      if (wide.lookingAt() && mainZone != null) {
        return Optional.of(new Subject(ResolvedCorpus.relative(mainZone, wide.group(1)), EntityType.REGION));
      }
    }
    return Optional.empty();
  }

  /** A region named as what a figure is compared with (比全国开发区平均水平低…), not as a topic. */
  private static boolean isComparand(String text, int offset, Mention m) {
    return m.type() == EntityType.REGION && COMPARED.matcher(text.substring(0, m.span().begin() - offset)).find();
  }

  /** The mentions from {@code clauseBegin} up to the number phrase. */
  private static List<Mention> namedInClause(List<Mention> mentions, int clauseBegin, NumberPhrase phrase) {
    return mentions.stream()
        .filter(m -> m.span().end() > clauseBegin && m.span().begin() < phrase.whole().begin())
        .toList();
  }

  /** Whether {@code m} is the zone {@code project}, named just before, is placed in (某某项目在某高新区开工). */
  private static boolean placesProject(String text, int offset, Mention project, Mention m) {
    return project != null && (m.type() == EntityType.ZONE || m.type() == EntityType.PLATFORM && isPark(m.name()))
        && m.span().begin() >= project.span().end()
        && PLACES_PROJECT.matcher(text.substring(project.span().end() - offset, m.span().begin() - offset)).matches();
  }

  /**
   * 某公司投资21亿元建设的某某储能项目装机30万千瓦，目前主体工程已完成约70%: a name that opens its clause, or that a
   * relative clause (…建设的) describes, is what the sentence goes on about, in its later clauses too.
   */
  private static boolean isTopic(String text, int offset, Mention m) {
    int begin = m.span().begin() - offset;
    return (begin == 0 || CLAUSE_MARKS.indexOf(text.charAt(begin - 1)) >= 0 || text.charAt(begin - 1) == OF)
        && !governed(text, offset, m);
  }

  /** 某某项目由某公司投资建设: the company named as who builds the project does not take the project's figures. */
  private static boolean ownerOf(String text, int offset, Mention project, Mention m) {
    return project != null && m.type() == EntityType.ENTERPRISE && m.span().begin() >= project.span().end()
        && ProjectOwner.introducesOwner(text.substring(project.span().end() - offset, m.span().begin() - offset));
  }

  /**
   * 依托某某科技企业孵化器等平台…，目前孵化器在孵企业46家; 某某中试基地投入运营，其中中试基地已累计承接中试项目27项: a clause
   * that opens, after a time, 其中 or a demonstrative (该创新园), with the end of a park's name (its kind, or the kind and
   * what qualifies it) is about that park, when the sentence named it before, the paragraph was about it or the article
   * named it before (the last it named of that kind), and the clause names no one else before its number and says of
   * no several places at once (分别). The clauses after it go on about the park (去年实验室承担国家级科研项目28项，获得
   * 科研经费2.3亿元) until one names someone or turns to the zone, the region or a company.
   */
  Optional<Subject> parkOpeningClause(Sentence sentence, NumberPhrase phrase, Span clauseSpan, List<Mention> mentions,
      Subject carried, List<Subject> articleParks) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    int number = phrase.whole().begin() - offset;
    List<Subject> parks = new ArrayList<>();
    mentions.stream()
        .filter(m -> m.type() == EntityType.PLATFORM && m.span().end() <= clauseSpan.begin())
        .forEach(m -> parks.add(0, new Subject(m.name(), m.type())));
    Stream.concat(Stream.ofNullable(carried), articleParks.stream())
        .filter(p -> p.type() == EntityType.PLATFORM).forEach(parks::add);
    int clause = clauseSpan.begin() - offset;
    if (text.substring(clause, number).contains(RESPECTIVELY)) {
      return Optional.empty();
    }
    for (int back = 0; back <= MAX_TOPIC_CLAUSES; back++) {
      if (!namedInClause(mentions, clause + offset, phrase).isEmpty()
          || back > 0 && turnsAway(text.substring(clause, number))) {
        return Optional.empty();
      }
      String opening = DEMONSTRATIVE.matcher(CLAUSE_LEAD.matcher(text.substring(clause, number)).replaceFirst(""))
          .replaceFirst("");
      Optional<Subject> park = parks.stream().filter(p -> opensWithEndOf(opening, p.name())).findFirst();
      if (park.isPresent() || clause == 0) {
        return park;
      }
      clause = clauseStartBefore(text, clause - 1);
    }
    return Optional.empty();
  }

  /** Whether the text from a park's clause to a later figure turns to the zone, the region, a company or speaks. */
  private static boolean turnsAway(String after) {
    return SPEAKS.matcher(after).find() || ZONE_OR_REGION.matcher(after).find() || after.contains(PARK_AREA)
        || COMPANY.matcher(after).find();
  }

  /** Where the clause holding the character at {@code at} begins. */
  private static int clauseStartBefore(String text, int at) {
    int start = at;
    while (start > 0 && CLAUSE_MARKS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return start;
  }

  /** Whether {@code opening} starts with an end of {@code park}'s name by which the text refers to it. */
  private static boolean opensWithEndOf(String opening, String park) {
    return referringEnds(park).stream().anyMatch(end -> opening.startsWith(end) && opening.length() > end.length());
  }

  /**
   * The ends of a park's name the text may refer to it by, longest first: its kind, and the kind with what qualifies
   * it, short of the whole name (甘肃省精细化工中试基地 → …, 中试基地, 基地). A park's 园区 alone is the zone's word for
   * itself: 化工园区 refers to the park, 园区 does not.
   */
  static List<String> referringEnds(String park) {
    int kind = parkKind(park).map(String::length)
        .orElse(park.endsWith(PARK_AREA) ? PARK_AREA.length() + 2 : park.endsWith(PARK) ? PARK.length() + 2 : 0);
    List<String> ends = new ArrayList<>();
    for (int from = 1; kind > 0 && from <= park.length() - kind; from++) {
      ends.add(park.substring(from));
    }
    return ends;
  }

  /** The kind of park a name ends in (某某材料实验室 → 实验室), by which the text may refer back to it. */
  private static Optional<String> parkKind(String name) {
    return PARK_KINDS.stream().filter(name::endsWith).findFirst();
  }

  /**
   * 某某药业有限公司的研发中心项目已建成，公司研发人员达到430人: 公司 or 该公司 opening the clause of a figure refers to the
   * company named last before it in the sentence, by itself or as the builder of a project.
   */
  private static Optional<Subject> companyBefore(Sentence sentence, NumberPhrase phrase, List<Mention> mentions) {
    String before = sentence.text().substring(0, phrase.whole().begin() - sentence.span().begin());
    Matcher reference = BACK_REFERENCE.matcher(before);
    if (!reference.find() || !refersToCompany(reference)) {
      return Optional.empty();
    }
    int referenceAt = sentence.span().begin() + reference.start();
    return mentions.stream()
        .filter(m -> m.span().end() <= referenceAt)
        .map(SubjectFinder::companyOf)
        .flatMap(Optional::stream)
        .reduce((a, b) -> b);
  }

  /** The company a mention names, itself or as the builder of the project it names. */
  static Optional<Subject> companyOf(Mention m) {
    if (m.type() == EntityType.ENTERPRISE) {
      return Optional.of(new Subject(m.name(), EntityType.ENTERPRISE));
    }
    return m.type() == EntityType.PROJECT && m.enterprise() != null
        ? Optional.of(new Subject(m.enterprise(), EntityType.ENTERPRISE)) : Optional.empty();
  }

  /** Whether a {@link #BACK_REFERENCE} found is 公司 or 该公司, which only a company answers. */
  private static boolean refersToCompany(Matcher reference) {
    return reference.group("company") != null || reference.group("bare") != null;
  }

  private static boolean refersBack(Sentence sentence, Span whole, Subject carried) {
    String text = sentence.text();
    String before = text.substring(0, whole.begin() - sentence.span().begin());
    Matcher reference = BACK_REFERENCE.matcher(before);
    if (reference.find()) {
      return !refersToCompany(reference) || carried.type() == EntityType.ENTERPRISE;
    }
    // the park may be named after its figure in the clause: 这个建筑面积12万平方米的孵化器
    Matcher clauseEnd = CLAUSE_BREAK.matcher(text).region(before.length(), text.length());
    Matcher kind = PARK_REFERENCE.matcher(text.substring(0, clauseEnd.find() ? clauseEnd.start() : text.length()));
    return carried.type() == EntityType.PLATFORM && kind.find() && carried.name().endsWith(kind.group(1));
  }

  private Optional<Subject> named(Sentence sentence, NumberPhrase phrase, List<Mention> mentions, String mainZone) {
    Span number = phrase.number();
    // a place states its own counts and sums, not its shares or ranks
    boolean ownFigure = Unit.lookup(phrase.unit()).map(u -> u.base() == BaseUnit.COUNT || u.base().isMoney())
        .orElse(false)
        && phrase.shape() == NumberPhrase.Shape.PLAIN;
    Optional<Mention> place = ownFigure ? placeBefore(sentence, phrase.whole(), mentions) : Optional.empty();
    if (place.isPresent()) {
      return Optional.of(new Subject(place.get().name(), EntityType.REGION));
    }
    // "成为全区第10个落户的项目": a tally counts for the zone, whatever entity the clause names
    List<Mention> candidates = phrase.shape() == NumberPhrase.Shape.TALLY
        ? mentions.stream().filter(m -> m.type() == EntityType.ZONE).toList() : mentions;
    return entity(sentence, number, candidates, mainZone, ownFigure);
  }

  private static Optional<Mention> placeBefore(Sentence sentence, Span whole, List<Mention> mentions) {
    // 销往全国26个省份, 覆盖全国200余个城市: places counted within the region are no figure of it
    String after = sentence.text().substring(whole.end() - sentence.span().begin());
    if (PLACES_COUNTED.matcher(after).lookingAt()) {
      return Optional.empty();
    }
    return mentions.stream()
        .filter(m -> m.type() == EntityType.REGION && m.span().end() == whole.begin())
        .filter(m -> !COMPARED.matcher(sentence.text().substring(0, m.span().begin() - sentence.span().begin())).find())
        .findFirst();
  }

  private static Optional<Subject> entity(Sentence sentence, Span number, List<Mention> mentions, String mainZone,
      boolean ownFigure) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    Mention openingPlace = ownFigure ? openingPlace(text, offset, number, mentions) : null;
    Mention opening = null;
    for (Mention m : mentions) {
      if (SUBJECT_TYPES.contains(m.type()) && m.span().end() <= number.begin() && !governed(text, offset, m)) {
        if (opening == null && opensSentence(text, offset, m)) {
          opening = m;
        }
      }
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (!SUBJECT_TYPES.contains(m.type()) || m.span().end() > number.begin() || governed(text, offset, m)) {
        continue;
      }
      int clauses = clausesBetween(text, offset, m.span().end(), number.begin());
      boolean near = clauses <= 1;
      if (m.name().equals(mainZone) || m == opening || near && (openingPlace == null || m.type() == EntityType.ZONE)
          || clauses <= MAX_TOPIC_CLAUSES && continuesTopic(text, offset, m, number)) {
        return Optional.of(new Subject(m.name(), m.type()));
      }
    }
    return openingPlace == null ? Optional.empty() : Optional.of(new Subject(openingPlace.name(), EntityType.REGION));
  }

  /**
   * 某某研究院今年引进科研团队15个，承接企业技术需求130余项，促成技术合同成交额3.4亿元: a company or park that is the topic
   * of its sentence ({@link #isTopic}) keeps the figures of its later clauses, unless it only speaks (某公司介绍，…) or
   * a later clause turns to the zone, the region or, from a park, to a company.
   */
  private static boolean continuesTopic(String text, int offset, Mention m, Span number) {
    if (m.type() != EntityType.ENTERPRISE && m.type() != EntityType.PLATFORM || !isTopic(text, offset, m)) {
      return false;
    }
    String after = text.substring(m.span().end() - offset, number.begin() - offset);
    return !SPEAKS.matcher(after).find() && !ZONE_OR_REGION.matcher(after).find()
        && !(after.contains(PARK_AREA) && !(m.type() == EntityType.PLATFORM && isPark(m.name())))
        && !(m.type() == EntityType.PLATFORM && COMPANY.matcher(RUN_BY.matcher(after).replaceAll("")).find());
  }

  /** 某某产业园, 某某精细化工园区: a park, which 园区 may name (某某产业园新落户企业19家，园区企业总数达到73家). */
  static boolean isPark(String name) {
    return name.endsWith(PARK) || name.endsWith(PARK_AREA);
  }

  /** The place that opens the sentence as its topic, when no zone is named before the number. */
  private static Mention openingPlace(String text, int offset, Span number, List<Mention> mentions) {
    boolean zoneNamed = mentions.stream()
        .anyMatch(m -> m.type() == EntityType.ZONE && m.span().begin() < number.begin());
    if (zoneNamed) {
      return null;
    }
    return mentions.stream()
        .filter(m -> m.type() == EntityType.REGION && m.span().end() <= number.begin())
        .filter(m -> opensSentence(text, offset, m) && !governed(text, offset, m))
        .filter(m -> !ADVERBIAL_PLACE.matcher(text.substring(m.span().end() - offset)).find())
        .findFirst()
        .orElse(null);
  }

  /** Whether {@code m} is an object, comparand, agent or means (比某高新区, 由某研究院), or one of a list or a level. */
  static boolean governed(String text, int offset, Mention m) {
    int begin = m.span().begin() - offset;
    int end = afterBracketedQualifier(text, m.span().end() - offset);
    if (end < text.length() && LIST_OR_LEVEL.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    // 以某公司为代表的企业…: the company stands for the topic and is not it
    if (PLAYS_LEADING_ROLE.matcher(text.substring(end)).find()) {
      return true;
    }
    String lead = text.substring(Math.max(0, begin - 2), begin);
    return GOVERNED.matcher(lead).find() || begin > 0 && "（(".indexOf(text.charAt(begin - 1)) >= 0
        || SETTLED_IN.matcher(lead).find() && (end >= text.length() || text.charAt(end) != OF);
  }

  /** "某某创新中心（苏州）、…等": a place in brackets after a name qualifies it; what follows the bracket says the rest. */
  private static int afterBracketedQualifier(String text, int end) {
    if (end < text.length() && "（(".indexOf(text.charAt(end)) >= 0) {
      int close = text.indexOf(text.charAt(end) == '（' ? '）' : ')', end);
      if (close > end && close - end <= MAX_QUALIFIER) {
        return close + 1;
      }
    }
    return end;
  }

  private static boolean opensSentence(String text, int offset, Mention m) {
    String before = text.substring(0, m.span().begin() - offset);
    if (PLAYS_LEADING_ROLE.matcher(text.substring(m.span().end() - offset)).find()) {
      return false;
    }
    boolean shortLead = !CLAUSE_BREAK.matcher(before).replaceAll("").matches(".*[一-龥]{6,}.*");
    return clausesBetween(text, offset, offset, m.span().begin()) <= 1
        && (shortLead || TOPIC_INTRODUCED.matcher(before).matches());
  }

  private static int clausesBetween(String text, int offset, int from, int to) {
    String between = text.substring(Math.max(0, from - offset), Math.max(0, to - offset));
    return (int) between.chars().filter(c -> CLAUSE_MARKS.indexOf(c) >= 0).count();
  }
}
