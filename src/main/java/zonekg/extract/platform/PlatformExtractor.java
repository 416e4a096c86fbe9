package zonekg.extract.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.LineShapes;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.Extractor;
import zonekg.extract.FirstCharPattern;
import zonekg.extract.Han;
import zonekg.extract.IndustryWords;
import zonekg.extract.ListItems;
import zonekg.extract.region.Division;
import zonekg.extract.region.Gazetteer;

/**
 * Research and innovation carriers named by their head noun: 研究院, 实验室, 创新中心, 孵化基地,
 * 软件园, 产业园, 科创城, 创新谷, 示范基地, 大厦 …, with an optional phase ("某某软件园(一期)").
 * A list sharing one head ("A、B和C三个产业园") gives one platform per item; a head with only
 * generic words before it (创新平台, 研发机构, 国家级示范基地) names nothing.
 */
public final class PlatformExtractor implements Extractor<Mention> {
  /**
   * 某某激光谷: a valley names a park, but not in 低谷, 山谷, 稻谷 or a figure of speech (死亡之谷), and only where
   * the name ends there; a valley followed by more name only qualifies it (光谷生物城, 光谷北产业园).
   */
  private static final String VALLEY =
      "(?<![山峡河低波深稻五之])谷(?=\\P{IsHan}|$|建设|项目|等|和|与|及|的|是|为|已|将|在|正|成为|新增|累计|入驻|集聚|聚集|拥有|实现)";
  /** The head nouns of platform names, longest alternatives first so that a regex takes the whole head. */
  private static final String HEAD_NOUNS = "转移转化中心|技术转移中心|协同创新中心|赋能中心|飞地园区|概念验证中心|成果转化中心"
      + "|创新创业孵化器|创新创业基地|创新创业园|创新创业中心|创新中心|研究中心|工程中心|投资中心|检验检测中心|检测中心|评价中心|检验检测平台|检测平台|研究院|研究所|实验室|孵化器|孵化基地|众创空间|加速器|软件园|科技园|产业园区"
      + "|产业园|科创城|科学城|生物城|创新谷|信创谷|科创区|示范基地|示范园区|产业基地|基地|大厦|产业城|科技城|创业园|留创园"
      + "|医药园|创业服务中心|陆港|研创园|研发园|信创园|生物岛|研发中心|创新协同区|协同创新区|合作园"
      + "|孵化园|创新港|先导院|研发机构|科创园|工业园区|工业园|软件城|小镇|梦工场|创业社区|创客空间|科创中心|检测认证中心|认证中心"
      + "|实验装置|科学装置|创新园|人才港|创新孵化器|创新研究院|创新基地|创新实验室|物流园|化工园区|初创园|中试平台|生态园"
      + "|院士工作站|博士后科研工作站|博士后工作站|博士后创新实践基地|孵化中心|企业技术中心|技术中心|加工园"
      + "|医药港|数字港|数据港|金融港|孵化港|科创港|智造港|信息港|纳米城|医药城|科技新城|协作园|智造园|文创园|创意园|企业园|示范园"
      + "|科创飞地园区|科创飞地园|科创飞地|创新飞地园区|创新飞地园|创新飞地|飞地园|测试场|测试区|种质资源库|创新服务中心|转化服务中心|综合服务中心|交易中心|超算中心"
      + "|服务综合体|商圈|枢纽园|创新工场|创客港|验证中心|场景中心|创新公园";
  private static final FirstCharPattern HEAD = new FirstCharPattern(Pattern.compile(
      "(?:(?:技术转移中心|创新中心|研究中心|工程中心|研究院)\\p{IsHan}{2,4}分(?:中心|院)|" + HEAD_NOUNS + "|" + VALLEY + ")"
          + "(?:[(（][一二三四五六七八九十\\d]+期[)）]|[一二三四五六七八九十]期(?!项目|工程))?"),
      FirstCharPattern.firstCharsOf(HEAD_NOUNS) + "谷");
  /** Names whose words before the head are all generic (省级以上研发机构, 国家级示范基地, 外资研发中心, 第二期研发中心). */
  private static final Pattern GENERIC = Pattern.compile(
      "^(?:[该本此这那各每一两多某首新大省市]|全[区市省县]|中试|区内|园区内|辖区内|国家级|省级|市级|区级|\\p{IsHan}{2,3}[省市]级|以上|重点|重大|重要|高能级|顶尖|新型|特色|创新|研发|产业|工业|科技"
          + "|生产|制造|配套|服务|公共|综合|相关|专业|双创|创业|孵化|示范|标准化|现代|高端|一批|一流|全国|首批|首个|国家|园区|企业"
          + "|人才|实训|培训|教育|实践|主要|核心|承载|主|联合|高端|新兴|数字|智慧|智能|未来|世界|制造业|技术|工程|产业技术|产业化|市场化|运作"
          + "|高校|院所|全球|总部|区域|扩建|新建|跨境|合作|外资|外商|文化|第[一二三四五六七八九十\\d]+[期批])*"
          + "(?:" + HEAD_NOUNS + "|谷)$");
  /** What ends the name of a carrier or of a kind of carriers (研发机构, 创新平台). */
  private static final Pattern CARRIER_END = Pattern.compile("(?:" + HEAD_NOUNS + "|平台|机构|载体|谷)$");
  /** A shared head after a list: "A、B和C三个产业园", "A、B等产业园". */
  private static final FirstCharPattern SHARED_HEAD = new FirstCharPattern(
      Pattern.compile("(?:等|[两三四五六七八九十\\d]+[个家座所])(?:国家级|省级)?(\\p{IsHan}{0,4}?(?:产业园|科技园|实验室|研究院|基地|孵化器))"),
      "等两三四五六七八九十0123456789");
  private static final int MAX_NAME = 30;
  /** What may follow a numbered item's platform: the line's end, or a bracket or colon saying what it is. */
  private static final Pattern ITEM_CLOSE = Pattern.compile("。?\\s*$|\\s*[：:（(]");
  private static final String ITEM_STOPS = "，,、；;。：:（(“”\t ";
  /** A zone before a rank or a kind of carrier (某某高新区国家级孵化器), not before a field (某某高新区智能制造产业园). */
  private static final Pattern LEADING_ZONE = Pattern.compile(
      "\\p{IsHan}{2,8}?(?:高新区|经开区|开发区|综保区|新区)(?=国家级|省级|市级|新型|重点|各类|相关)");
  /**
   * 某某经开区山西某某装备创新中心, 某某高新区浏阳生物医药产业园: a zone before a platform named by a place of its own is where
   * the platform lies; before a field alone (某某高新区生物医药产业园) it is the name's. A park of another place in the
   * zone (某某高新区北海飞地产业园, 保定协同创新园) and one named after a region abroad (东盟, 中亚) keep it.
   */
  private static final Pattern ZONE_OPENING = Pattern.compile("\\p{IsHan}{2,8}?(?:经济技术开发区|高新技术产业开发区|经开区"
      + "|高新区|开发区|综合保税区|综保区|新区|片区)");
  private static final Pattern SHARED_WITH_PLACE = Pattern.compile("飞地|协同|合作");
  private static final Set<String> REGIONS_ABROAD = Set.of("东盟", "中亚", "东北亚", "东南亚", "南亚", "西亚", "中东", "欧洲",
      "亚洲", "非洲", "拉美", "欧亚", "亚欧", "中欧", "中非", "中阿", "上合");
  /**
   * 某某产业园二期已入驻企业58家: a phase written after a park's name is a stage of that park, not another one; a phase in
   * brackets (某某软件园(一期)) is part of the name.
   */
  private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]期$");
  /** At most this many single characters cut off the opening of a name (鸢/都/氢/能). */
  private static final int MAX_CUT_OPENING = 4;
  /** Characters that are words of their own before a name: pointers, adverbs, verbs of building, measures. */
  private static final String OWN_WORDS = "该本此这其各每新共均已将并还又再也在由对向从为把被让使等和与及或是的了着"
      + "建设办引组育创投落入进到赴个家座所项批处间全省市区县一两几多据以他她它我你";
  /** Parts of speech of function words (prepositions, pronouns, conjunctions, particles, measures), no name's. */
  private static final String FUNCTION_TAGS = "prcuq";
  /** A name opens its clause, or follows 的 or 在. */
  private static final String OPENS_NAME_AFTER = "的在";
  /** A base's name: what it is of, then (产业)基地. */
  private static final Pattern INDUSTRY_BASE = Pattern.compile("(.+?)(?:产业)?基地");
  /** The parts of speech of the words of a field inside a park's name. */
  private static final Set<String> FIELD_TAGS = Set.of("n", "nz", "ng", "ns", "nsf", "b", "vn", "a", "gi", "gm",
      "gb", "gc", "gg", "gp", "nis", "nnt");
  /** Words of a technical field HanLP reads as verbs (新型/b 显示/v 材料, 增/v 材/ng 制造/v, 秦港/nr 保税/v 物流园). */
  private static final Set<String> FIELD_VERBS = Set.of("显示", "制造", "增", "加工", "检测", "测试", "应用", "控制",
      "驱动", "存储", "计算", "传感", "感知", "打印", "合成", "催化", "分析", "导航", "修复", "育种", "诊断", "治疗",
      "封装", "处理", "智造", "集成", "标注", "评价", "认证", "保税");
  private static final Pattern BUILD_VERB =
      Pattern.compile("建设|打造|推进|推动|依托|围绕|成立|搭建|做强|做大|布局|共建|组建|扩建|新建|建成|入驻|进驻|落户|建议|支持|鼓励|加快|引导|带动|助力");
  /** A head glued to 区 is the generic 园区 (高科技园区), not a named park. */
  private static final char GENERIC_TAIL = '区';
  /** Titles a zone is awarded are designations, not carriers (获批国家软件产业基地, 通过示范基地评审). */
  private static final Pattern DESIGNATION_BEFORE =
      Pattern.compile("(?:获批|获评|评为|认定为|入选|入围|跻身|授予|命名为|创建|争创)[^，,。；;]*$");
  /** “国家数字服务出口基地”: a national title in quotation marks is an award, not a place. */
  private static final Pattern QUOTED_TITLE = Pattern.compile("^(?:国家|全国|中国|省级)");
  /** 国家文化出口基地成功获批: a national title granted to the zone. */
  private static final Pattern TITLE_GRANTED = Pattern.compile("^(?:成功|正式)?(?:获批|授牌|挂牌)");
  /** 30余家高端研发机构, 一间间实验室: HanLP may read the rest of a quantity (余家, 间间) as a name. */
  private static final Pattern QUANTITY_REST = Pattern.compile("^(?:余|多)?([家个所座批项处间])\\1?");
  /** 两个稀土基地: a name that opens by counting is a category of carriers. */
  private static final Pattern COUNTED_NAME = Pattern.compile("^[\\d一二两三四五六七八九十百千]+(?:余|多)?[家个所座批处]");
  /** 某某高新区科技企业孵化器总数达96家, 建成良种繁育基地3个: what is counted is a category of carriers, not one of them. */
  private static final Pattern COUNTED_AFTER =
      Pattern.compile("总数|数量|总量|[\\d一二两三四五六七八九十]+(?:余|多)?[个座处](?=[，,。；;、）)]|$)");
  /** "N家省级孵化器", "8家…工作站": a counted head is a category of carriers, not one of them. */
  private static final Pattern COUNTED = Pattern.compile(
      "[\\d一二两三四五六七八九十百千]+\\s*(?:余|多)?\\s*[家个所座批处](?:国家级|省级|市级|\\p{IsHan}{2,3}[省市]级|、)*$");
  /** 打造…最大的X基地, 具有全国影响力的X基地, X基地之一: a goal described by rank is a slogan, not a carrier. */
  private static final Pattern SLOGAN_BEFORE = Pattern.compile("(?:最|一流|领先|影响力|知名|标杆|高地|领军)[^，,。；;]{0,10}的$");
  private static final String SLOGAN_AFTER = "之一";
  /** 新能源与新材料联合创新中心, 稀土资源研究与综合利用国家重点实验室: a field joined by 与 to the next names one platform. */
  private static final Pattern FIELD_END = Pattern.compile("(?:研究|开发|技术|能源|材料|工程|应用|利用|制造|设计|检测|装备|信息|工艺|科学)$");
  /** A part before 与 that is a whole organisation (某某大学与…) ends there; a name does not go on over it. */
  private static final Pattern WHOLE_ORGANISATION =
      Pattern.compile("(?:大学|学院|学校|公司|集团|局|委|办|院|所|中心|园|基地|室|区|市|省|县)$");
  private static final java.util.Set<String> OPENING_TAGS = java.util.Set.of("ns", "nsf", "nt", "ntc");
  private static final int MAX_QUOTED = 40;
  /** HanLP may glue the verb's last character to the name (获/批国家…基地), so look one character in. */
  private static final int DESIGNATION_OVERLAP = 1;
  private static final Pattern DESIGNATION_AFTER = Pattern.compile("^(?:评审|称号|认定|名单|招牌|等多项)");
  /** 区内某某研究院: where the carrier is, said right before its name, is no part of it. */
  private static final Pattern WHERE_BEFORE = Pattern.compile("^(?:园区|片区|新区|辖区|区|园)内(?=\\p{IsHan}{4,})");
  /** 园区核心载体某某产业园: the class of carriers a name stands in apposition to is no part of it. */
  private static final Pattern CARRIER_CLASS_BEFORE = Pattern.compile("^\\p{IsHan}{0,6}?载体(?=\\p{IsHan}{4,})");
  /** 图为某某新能源汽车科技城一角: a photo's caption opens with 图为, which is no part of the name after it. */
  private static final Pattern CAPTION = Pattern.compile("^图为(?=\\p{IsHan}{4,})");
  private static final String PARK = "园";
  private static final char MIDDLE_DOT = '·';
  private static final char DASH = '—';
  private static final FirstCharPattern DISTRICT_PARK = new FirstCharPattern(
      Pattern.compile("(?:^|[，,、；;。和与及])(\\p{IsHan}{2})" + PARK + "(?![区林艺内])"), "，,、；;。和与及");
  /** 该新区科技产业园/nt: a word that refers back, which HanLP may read into a name. */
  private static final String REFERRING = "[该本此这其各]";
  /**
   * A name opening with 园区 or a date is glued to context; one opening with a rank of ambition (世界级石化产业基地,
   * 千亿级产业园) is a goal, not a carrier. One opening with a bare zone word is judged once the zones are known
   * ({@link #BARE_ZONE_START}).
   */
  private static final Pattern BAD_START = Pattern.compile(
      "^(?:" + REFERRING + "?园区|本报|记者|通讯员|年度|\\d|世界级|国际一流|全国一流|国内一流|[千百万]亿级)");
  /**
   * A platform's name opening with a bare zone word: 该新区科技产业园 refers to a zone; 滇/b 中/f 新区/n 新能源汽车产业园 is a
   * zone's name HanLP cut, which the zone found over it puts back. What is left opening so names nothing.
   */
  public static final Pattern BARE_ZONE_START = Pattern.compile("^" + REFERRING + "?(?:高新区|开发区|新区)");

  private final Gazetteer gazetteer;

  public PlatformExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> extract(SegmentedDoc doc) {
    List<Mention> out = new ArrayList<>();
    doc.sentences().forEach(s -> {
      byHead(s, out);
      sharedHead(s, out);
      districtParks(s, out);
    });
    return out;
  }

  /**
   * 顺德园营业收入…，禅城园、高明园: the parks of a zone of several (一区五园) are named by their district and 园. Only
   * right after a mark or a conjunction, so that 公园, 校园 or 某某家园 are none.
   */
  private void districtParks(Sentence s, List<Mention> out) {
    for (MatchResult m : DISTRICT_PARK.findAll(s.text())) {
      if (gazetteer.lookup(m.group(1)).filter(d -> d.level() == Division.Level.DISTRICT).isPresent()) {
        add(s, new Span(m.start(1), m.end()), m.group(1) + PARK, out);
      }
    }
  }

  private void byHead(Sentence s, List<Mention> out) {
    String text = s.text();
    for (MatchResult m : HEAD.findAll(text)) {
      if (m.end() < text.length() && text.charAt(m.end()) == GENERIC_TAIL
          || DESIGNATION_AFTER.matcher(text.substring(m.end())).lookingAt()
          || text.startsWith(SLOGAN_AFTER, m.end())) {
        continue;
      }
      int quoted = quotedStart(text, m.end());
      int item = itemNameStart(text, m.start(), m.end());
      int begin = quoted >= 0 ? quoted : item >= 0 ? item : afterQuantity(text, nameStart(s, m.start()));
      String before = text.substring(0, Math.min(m.start(), begin + DESIGNATION_OVERLAP));
      if (DESIGNATION_BEFORE.matcher(before).find() || isDescribedGoal(text, begin)
          || QUOTED_TITLE.matcher(text.substring(begin)).lookingAt()
          && (opensQuote(text, begin) || TITLE_GRANTED.matcher(text.substring(m.end())).lookingAt())) {
        continue;
      }
      if (quoted < 0) {
        begin = withPlaceBeforeConjunction(s, afterBuildVerb(text, begin, m.start()));
        if (endsWithBuildVerb(text.substring(Math.max(0, begin - 1), m.start()))) {
          // 与某大学共建研究院, 企业入/v 驻/v 孵化器: a carrier built or moved into, but not named
          continue;
        }
      }
      add(s, new Span(begin, m.end()), out);
    }
  }

  /**
   * 3．某某高新区启航众创孵化器（运营单位：…）, 1．安徽省智能传感芯片重点实验室: a numbered item that names a platform, then
   * maybe says what it is in brackets or after a colon, is all name after its number, whatever HanLP made of its words.
   * Where the name starts, or -1 for no such item.
   */
  private static int itemNameStart(String text, int headAt, int headEnd) {
    int number = LineShapes.numberEnd(text);
    boolean item = number > 0 && headAt - number <= MAX_NAME && ITEM_CLOSE.matcher(text).region(headEnd, text.length())
        .lookingAt() && text.substring(number, headAt).chars().noneMatch(c -> ITEM_STOPS.indexOf(c) >= 0);
    return item ? number : -1;
  }

  /** Where a name wholly in quotation marks starts (“某某—某县东西协作示范基地”), or -1. */
  private static int quotedStart(String text, int headEnd) {
    int close = headEnd;
    if (close < text.length() && "(（".indexOf(text.charAt(close)) >= 0) {
      int shut = text.indexOf(text.charAt(close) == '(' ? ')' : '）', close);
      close = shut < 0 ? close : shut + 1;
    }
    if (close >= text.length() || text.charAt(close) != '”') {
      return -1;
    }
    int open = text.lastIndexOf('“', headEnd);
    String inside = text.substring(open + 1, headEnd);
    if (open < 0 || headEnd - open > MAX_QUOTED || inside.matches(".*[，,。；;、”].*")) {
      return -1;
    }
    // “众创空间—孵化器—加速器—产业园” is a chain of kinds, not a name
    String last = inside.substring(inside.lastIndexOf('—') + 1);
    return GENERIC.matcher(last).matches() ? -1 : open + 1;
  }

  private static int afterQuantity(String text, int begin) {
    if (begin == 0 || !isNumeral(text.charAt(begin - 1))) {
      return begin;
    }
    Matcher q = QUANTITY_REST.matcher(text.substring(begin));
    return q.lookingAt() ? begin + q.end() : begin;
  }

  private static boolean isNumeral(char c) {
    return Character.isDigit(c) || "一二两三四五六七八九十百千".indexOf(c) >= 0;
  }

  private static boolean opensQuote(String text, int begin) {
    return begin > 0 && text.charAt(begin - 1) == '“';
  }

  /** A counted category (8家孵化器) or a ranked goal (打造全国最大的X基地) names no carrier. */
  private static boolean isDescribedGoal(String text, int begin) {
    String before = text.substring(0, begin);
    return COUNTED.matcher(before).find() || SLOGAN_BEFORE.matcher(before).find();
  }

  /**
   * "江苏省船舶与海洋工程设计研究院", "中国科学院苏州纳米技术与纳米仿生研究所": when the part before
   * 与 opens with a place or an organisation and is no whole name itself, 与 joins two fields inside one name.
   */
  private int withPlaceBeforeConjunction(Sentence s, int begin) {
    String text = s.text();
    if (begin < 3 || "与和及".indexOf(text.charAt(begin - 1)) < 0) {
      return begin;
    }
    int left = nameStart(s, begin - 1);
    String part = text.substring(left, begin - 1);
    boolean opened = s.tokens().stream()
        .filter(t -> t.span().begin() - s.span().begin() == left)
        .anyMatch(t -> OPENING_TAGS.contains(t.pos()));
    return part.length() >= 3 && (opened || FIELD_END.matcher(part).find()) && !WHOLE_ORGANISATION.matcher(part).find()
        ? left : begin;
  }

  /**
   * The name runs left over Han characters, letters, digits and phase brackets until a function word, and on over a
   * middle dot that joins two parts of it.
   */
  private int nameStart(Sentence s, int headAt) {
    String text = s.text();
    int from = headAt;
    while (from > 0 && headAt - from < MAX_NAME && isNameChar(text.charAt(from - 1))) {
      from--;
    }
    int subject = ListItems.clauseSubjectStart(s, from, headAt, t -> FIELD_VERBS.contains(t.text()));
    // 中国/传/感/谷: a park's own name, cut into single characters after its place, is part of it
    int start = subject >= 0 ? subject : ListItems.placeBeforeBrand(s, from, ListItems.afterLastStop(s, from, headAt));
    int begin = withCutOpening(s, from, ListItems.withChinaPaired(text, placeOpening(s, from, start)));
    return begin > 1 && joinsParts(s, begin - 1) ? nameStart(s, begin - 1) : begin;
  }

  /**
   * 。中/f 越/d 水果国际物流园, 所在的九/m 华新能源汽车零部件创新中心, ；临/v 空/ng 跨境电商产业园: a platform's own name that
   * HanLP does not know, cut into single characters at the opening of its clause, starts at the clause, unless the
   * characters are words of their own (该, 各, 新, 建 …).
   */
  private static int withCutOpening(Sentence s, int from, int begin) {
    String text = s.text();
    int base = s.span().begin();
    int start = begin;
    int verbs = 0;
    while (start > from && begin - start < MAX_CUT_OPENING && Han.is(text.charAt(start - 1))
        && OWN_WORDS.indexOf(text.charAt(start - 1)) < 0) {
      Optional<Token> single = singleCharacterToken(s, base + start - 1);
      if (single.isEmpty() || FUNCTION_TAGS.indexOf(single.get().pos().charAt(0)) >= 0) {
        break;
      }
      verbs += single.get().pos().startsWith("v") ? 1 : 0;
      start--;
    }
    // 借/助, 飘/出: two verbs say what happens to the name, not what it is
    if (start == begin || verbs > 1) {
      return begin;
    }
    return start == from || OPENS_NAME_AFTER.indexOf(text.charAt(start - 1)) >= 0 ? start : begin;
  }

  private static Optional<Token> singleCharacterToken(Sentence s, int at) {
    return s.tokens().stream().filter(t -> t.span().begin() == at && t.span().end() == at + 1).findFirst();
  }

  /**
   * 湖南省/ns 新型/b 显示/v 材料重点实验室, 渭南/ns 高新区 增/v 材/ng 制造/v 产业园: a field named with verbs HanLP reads
   * inside it, after the place that opens the park's name, is part of the name. Where that place begins, or
   * {@code start} when no place opens words of a name only (nouns, and verbs only of a technical field).
   */
  private static int placeOpening(Sentence s, int from, int start) {
    int base = s.span().begin();
    List<Token> before = s.tokens().stream()
        .filter(t -> t.span().begin() - base >= from && t.span().end() - base <= start).toList();
    for (int k = 0; k < before.size(); k++) {
      if (!ListItems.isPlace(before.get(k))) {
        continue;
      }
      List<Token> words = before.subList(k + 1, before.size());
      boolean nameWords = true;
      for (int w = 0; w < words.size(); w++) {
        Token t = words.get(w);
        // 3/m D/nx 打印: a figure glued to Latin letters (3D, 5G) is a word of the field
        boolean latinFigure = t.pos().equals("m") && w + 1 < words.size() && words.get(w + 1).pos().equals("nx")
            && t.span().end() == words.get(w + 1).span().begin();
        nameWords &= FIELD_TAGS.contains(t.pos()) || t.pos().equals("nx") || latinFigure
            || t.pos().startsWith("v") && FIELD_VERBS.contains(t.text());
      }
      return nameWords && k + 1 < before.size() ? before.get(k).span().begin() - base : start;
    }
    return start;
  }

  /** "某某高新区建设光谷生物城": HanLP glues the verb to the zone, so cut after it by its spelling. */
  private static int afterBuildVerb(String text, int begin, int headAt) {
    Matcher v = BUILD_VERB.matcher(text.substring(begin, headAt));
    int cut = begin;
    while (v.find()) {
      if (headAt - (begin + v.end()) >= 2) {
        cut = begin + v.end();
      }
    }
    return cut;
  }

  private static boolean endsWithBuildVerb(String beforeHead) {
    Matcher v = BUILD_VERB.matcher(beforeHead);
    boolean ends = false;
    while (v.find()) {
      ends = v.end() == beforeHead.length();
    }
    return ends;
  }

  /**
   * 南宁·中关村创新示范基地, 湘江智谷·人工智能产业园: a middle dot between two words of one name; 苏州—霍尔果斯电子信息产业园,
   * 深圳—某某产业园: a dash after a place, or before one, between the two places that build a park together.
   */
  private boolean joinsParts(Sentence s, int i) {
    String text = s.text();
    if (i == 0 || i + 1 >= text.length() || !Han.is(text.charAt(i - 1)) || !Han.is(text.charAt(i + 1))) {
      return false;
    }
    return text.charAt(i) == MIDDLE_DOT
        || text.charAt(i) == DASH && (placeEndsAt(s, i) || gazetteer.longestNameAt(text, i + 1) > 0);
  }

  private static boolean placeEndsAt(Sentence s, int at) {
    return s.tokens().stream().anyMatch(t -> t.span().end() - s.span().begin() == at && ListItems.isPlace(t));
  }

  private static boolean isNameChar(char c) {
    return Han.is(c) || Character.isLetterOrDigit(c) || "()（）".indexOf(c) >= 0;
  }

  private void sharedHead(Sentence s, List<Mention> out) {
    for (MatchResult m : SHARED_HEAD.findAll(s.text())) {
      List<Span> items = ListItems.endingAt(s, m.start());
      if (items.size() < 2) {
        continue;
      }
      String head = m.group(1);
      items = lastSplitOnConjunction(s.text(), items);
      for (Span item : items) {
        String name = item.of(s.text()).replaceAll("\\s+", "");
        add(s, item, endsWithHead(name) ? name : name + head, out);
      }
    }
  }

  /** HanLP may glue 和 to a neighbour (光谷/东和/光谷北): in a list the last item still holds two names. */
  private static List<Span> lastSplitOnConjunction(String text, List<Span> items) {
    Span last = items.get(items.size() - 1);
    String name = last.of(text);
    for (String c : List.of("和", "及", "与")) {
      int at = name.indexOf(c);
      if (at >= 2 && name.length() - at - 1 >= 2) {
        List<Span> out = new ArrayList<>(items.subList(0, items.size() - 1));
        out.add(new Span(last.begin(), last.begin() + at));
        out.add(new Span(last.begin() + at + 1, last.end()));
        return out;
      }
    }
    return items;
  }

  private static boolean endsWithHead(String name) {
    Matcher m = HEAD.pattern().matcher(name);
    return m.find() && m.end() == name.length();
  }

  private static void add(Sentence s, Span local, List<Mention> out) {
    int begin = ListItems.afterGluedParticle(s.text(), local.begin());
    String written = s.text().substring(begin, local.end());
    // 图为某某科技城, 新区内某某创新中心, 核心载体某某产业园: a caption's opening, where it lies and the class it is of go
    // first, then the name is judged
    for (Pattern before : List.of(CAPTION, WHERE_BEFORE, CARRIER_CLASS_BEFORE)) {
      Matcher m = before.matcher(written);
      if (m.lookingAt()) {
        begin += m.end();
        written = written.substring(m.end());
      }
    }
    if (BAD_START.matcher(written).lookingAt()) {
      return;
    }
    int named = placeNamedAfterZone(s, begin, written);
    written = written.substring(named - begin);
    begin = named;
    // 某某工业园和某某科技新城: HanLP glued 和 to the second name (和美), which begins after it
    begin += written.length() - afterConjunction(written).length();
    Span name = new Span(begin, local.end());
    add(s, name, name.of(s.text()).replaceAll("\\s+", ""), out);
  }

  /** Where a platform {@code written} from {@code begin} starts its own name, see {@link #ZONE_OPENING}. */
  private static int placeNamedAfterZone(Sentence s, int begin, String written) {
    Matcher zone = ZONE_OPENING.matcher(written);
    if (!zone.lookingAt() || SHARED_WITH_PLACE.matcher(written).find()) {
      return begin;
    }
    int at = begin + zone.end();
    int place = Gazetteer.get().longestNameAt(s.text(), at);
    return place >= 2 && !REGIONS_ABROAD.contains(s.text().substring(at, at + place)) ? at : begin;
  }

  private static void add(Sentence s, Span local, String name, List<Mention> out) {
    if (name.length() < 3 || GENERIC.matcher(withoutLeadingZone(stripPhase(afterConjunction(name)))).matches()
        || unbalanced(name)
        || BAD_START.matcher(name).lookingAt() || COUNTED_NAME.matcher(name).lookingAt() || isIndustryBase(name)
        || COUNTED_AFTER.matcher(s.text()).region(local.end(), s.text().length()).lookingAt()) {
      return;
    }
    out.add(Mention.of(EntityType.PLATFORM, name, local.shift(s.span().begin()), s.index()));
  }

  /** {@code name} without a phase written after the park's own name (see {@link #PHASE}). */
  public static String withoutPhase(String name) {
    Matcher phase = PHASE.matcher(name);
    return phase.find() && endsWithHead(name.substring(0, phase.start())) ? name.substring(0, phase.start()) : name;
  }

  /** 某某高新区国家级孵化器, 某某高新区新型研发机构: a zone before a rank and generic words names no carrier. */
  private static String withoutLeadingZone(String name) {
    Matcher zone = LEADING_ZONE.matcher(name);
    return zone.lookingAt() && zone.end() < name.length() ? name.substring(zone.end()) : name;
  }

  /** 新能源汽车产业基地, 稀土永磁材料和新能源汽车产业基地: a base named by its industries alone is a kind of base. */
  private static boolean isIndustryBase(String name) {
    Matcher base = INDUSTRY_BASE.matcher(name);
    return base.matches() && Arrays.stream(base.group(1).split("[和及与、]")).allMatch(IndustryWords::spellsOut);
  }

  /**
   * 创新平台和研发机构: after a carrier and a conjunction, what follows is what the head names; 材料技术与工程研究所,
   * fields joined, is one name.
   */
  private static String afterConjunction(String name) {
    int at = Math.max(name.lastIndexOf('和'), Math.max(name.lastIndexOf('与'), name.lastIndexOf('及')));
    return at >= 0 && CARRIER_END.matcher(name.substring(0, at)).find() ? name.substring(at + 1) : name;
  }

  private static String stripPhase(String name) {
    return name.replaceAll("[(（][^()（）]*[)）]$", "");
  }

  private static boolean unbalanced(String name) {
    long open = name.chars().filter(c -> c == '(' || c == '（').count();
    long close = name.chars().filter(c -> c == ')' || c == '）').count();
    return open != close;
  }
}
