package zonekg.extract.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import zonekg.doc.EntityType;
import zonekg.doc.LineShapes;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.Extractor;
import zonekg.extract.Han;
import zonekg.extract.IndustryWords;
import zonekg.extract.ListItems;
import zonekg.extract.region.Gazetteer;

/**
 * Companies: full legal names (厦门某某科技有限公司), short names listed as companies
 * ("培育出A、B、C等龙头企业"), names in brackets after a company noun ("两家公司（A和B）"),
 * short names followed by a company event (某某科技完成融资), and in-document short forms of
 * full names found (某某科技有限公司 → 某某科技).
 */
public final class EnterpriseExtractor implements Extractor<Mention> {
  private static final Pattern ZONE_BEFORE = Pattern.compile("(?:[（(]\\p{IsHan}{1,3}[）)])?(?<place>\\p{IsHan}{2})"
      + "\\p{IsHan}{0,8}?(?<kind>经济技术开发区|高新技术产业开发区|经开区|高新区|综合保税区|综保区|开发区|新区|片区)内?");
  /**
   * A new area registers firms under its own name (兰州新区某某科技有限公司), and a zone owns investment groups named after it
   * (某某高新区投资建设集团); other zones are no part of a firm's name.
   */
  private static final Pattern ZONE_IN_FIRM_NAME = Pattern.compile("新区|片区");
  private static final Pattern ZONE_OWNED_FIRM = Pattern.compile("科技投资|产业投资|投资|国有|国资|建设|发展|控股|城建|城投");
  private static final int MAX_NAME = 30;
  private static final String FIRM = "企业";
  /** A firm's legal form and the word joining it with the firm named next: 某某有限公司联合…, 某某有限公司和…. */
  private static final Pattern JOINED_BY_FIRM = Pattern.compile("(?:公司|集团)(?:联合|携手|牵手|和|与|及)");
  private static final Pattern LIST_HEAD =
      Pattern.compile("等([^，,。；;、：:]{0,12}?)(?:企业|公司|厂商|集团|品牌商|品牌|央企|国企)");
  /** 等区内骨干企业, 等加工贸易企业: where, how big or in what trade the listed companies are says they are companies. */
  private static final Pattern QUALIFIED_HEAD = Pattern.compile(
      "^(?:区内|园区|辖区|本地|本土|骨干|龙头|重点|链主|领军|头部|知名|优质|上市|外资|民营|国有|加工贸易|制造业?|科技型?|高新技术)+$");
  /**
   * 由某某牵头建设的, 某高新区与某某合作共建的: who builds, with 由 or 与 before it (and maybe its partner opening the
   * clause) and the building verb after.
   */
  private static final Pattern BUILDER = Pattern.compile(
      "(?:^|(?<=[，,；;。]))(?:\\p{IsHan}{2,8}?)?(?:由|与)(\\p{IsHan}{2,8}?)(?:牵头|联合|合作|共同)?(?:共建|建设|组建|打造|成立)的");
  /** Builders that are no companies: schools, institutes, government, the zone itself. */
  private static final Pattern BUILDER_NOT_COMPANY = Pattern.compile(
      CompanyWords.NOT_COMPANY.pattern() + "|院$|所$|校$|区|市$|省$|县$|园$|投资|我们|双方|各方|企业$");
  /** The single characters HanLP cut a brand into before its last word (晶/ag 能/v 光电): at most two. */
  private static final int MAX_BRAND_PIECES = 2;
  /** Tags of characters no brand holds besides particles (u…): prepositions, conjunctions, marks, pronouns. */
  private static final Set<String> NO_BRAND_TAGS = Set.of("p", "c", "cc", "w", "r", "rr", "rz");
  /**
   * A list ending in 等方面 or 等领域 enumerates topics, not companies, even if 企业 follows; one ending in 等地 places
   * (来自北京、上海等地的企业家), and one of what companies supply (坩埚、切割液等配套企业) their products.
   */
  private static final Pattern TOPIC_GAP =
      Pattern.compile("^(?:方面|领域|环节|措施|政策|方式|形式|内容|问题|服务|地|城市|省|国家|配套|上下游|相关|关联)");
  /** 引导银行、保险、创投等机构为中小企业服务: the list has a head of its own before the word 企业. */
  private static final Pattern OTHER_HEAD = Pattern.compile("机构|部门|单位|组织|院校|高校|[为向对给帮]");
  /** 等企业发展各项环节, 等企业家: 企业 qualifies a following noun, so the list is not of companies. */
  private static final Pattern HEAD_CONTINUES = Pattern.compile("发展|各项|办事|需求|诉求|用工|服务|家");
  /**
   * Items that are categories, not names: 规模以上服务业企业, 平台经济, 工业企业, and a company's form of ownership
   * (有限责任公司（法人独资）).
   */
  private static final Pattern CATEGORY_ITEM = Pattern.compile("(?:企业|公司|行业|产业|经济|领域|以上|建筑业|独资|合资|等.*)$|等");
  /** What is done in a trade, closing its name: 数据中心运营, 服务器制造, 软件服务. */
  private static final Pattern ACTIVITY =
      Pattern.compile("(?:运营|制造|服务|加工|仓储|设计|认证|检测|金融|软件|演艺|制作|研发|销售|贸易|维修|租赁|标注|适配|开发"
          + "|支付|结算|配送|分拨|咨询|外包|集成|测试)+$");
  /** 集聚海洋生物、海洋装备等涉海企业: the verb that gathers the firms HanLP may read into the first trade listed. */
  private static final Pattern GATHERING_VERB = Pattern.compile("^(?:集聚|聚集|汇聚|引进|吸引|拥有|培育|已有|现有)");
  /** 等20多家企业: a count between 等 and the head still closes a list of companies. */
  private static final Pattern COUNT_GAP = Pattern.compile("^\\s*[\\d一二两三四五六七八九十百千]+\\s*(?:余|多)?\\s*家");
  /** 3家子公司, 设立分公司: counted or bare branches; a branch named after its parent (某某汽车天津分公司) is a company. */
  private static final Pattern SUBSIDIARY = Pattern.compile("[一两二三四五六七八九十\\d多]家|^\\p{IsHan}{0,3}[子分]公司$");
  /** 某某科技股份有限公司（某某科技）: the short name a text will use, bracketed after the full one, is no part of it. */
  private static final Pattern SHORT_NAME_AFTER =
      Pattern.compile("(?<=公司|集团)\\s*" + CompanyWords.DECLARING_BRACKET + "[^（()）“”\"]{2,8}[”\"]?[)）]$");
  /** 某某（以下简称某某）、…: a list item cut at the bracket that opened a short name keeps the bracket closing it. */
  private static final Pattern UNOPENED_CLOSE = Pattern.compile("^[^（(]+?([)）][”\"]?)$");
  private static final Pattern BRACKETED =
      Pattern.compile("(?:公司|企业|集团)" + CompanyWords.DECLARING_BRACKET + "([^（()）“”\"]{2,40})[”\"]?[)）]");
  /** What a company does or gets; not when it qualifies a class (生物医药上市企业, 签约项目). */
  private static final Pattern EVENT = Pattern.compile(
      "^(?:连续|已经|已|先后|成功|正式|顺利|累计|目前|再次|近日|今年)?(?:完成|获得|实现)?"
          + "(?:[一二两三四五六七八九十\\d]+轮)?(?:估值|融资|投产|落户|签约|营收|上市|入驻|开工)(?!企业|公司|项目|主体|园区)");
  /**
   * 园区企业, 区内企业, 园区骨干企业, 链主, 投资方: a company noun or the role a company plays for a project, right before a name,
   * introduces it and is no part of it.
   */
  private static final Pattern INTRODUCER = Pattern.compile(
      "^(?:\\p{IsHan}{0,2}?|(?:园区|区内|全区|新区)?(?:骨干|龙头|重点|领军|链主|头部|本土|外资|民营))(?:企业|公司)(?=\\p{IsHan}{2,})"
          + "|^(?:园区|区内|全区|新区)(?:骨干|龙头|重点|领军|链主|头部)(?=\\p{IsHan}{2,})|^链主(?=\\p{IsHan}{2,})"
          + "|^" + CompanyWords.PROJECT_ROLE + "(?=\\p{IsHan}{2,})");
  /**
   * 图为某某有限公司生产车间, （资料图片）某某有限公司, 本报讯某某股份有限公司…: a photo's caption opens with 图为 or a
   * bracketed note, and a news lead with 本报讯, neither of which is part of the name after it.
   */
  private static final Pattern CAPTION = Pattern.compile("^(?:图为|[（(]资料图片?[)）]|本报讯)(?=\\p{IsHan}{4,})");
  /**
   * 客户重庆某某有限公司, 孵化器运营方贵阳某某有限公司, 全资子公司合肥某某有限公司, 依托金川集团, 像重庆某某有限公司,
   * 入/职海南某某有限公司: a role, or a word that leads to the company, HanLP read into a name that a place opens after it.
   */
  private static final Pattern ROLE_BEFORE = Pattern.compile("^(?:像|如|\\p{IsHan}{0,8}?(?:客户|用户|供应商|服务商|合作伙伴"
      + "|子公司|依托|联合|职|加入|加盟|" + CompanyWords.PROJECT_ROLE + "))");
  /**
   * The nouns that introduce companies named right after them (区内企业A、B等加快扩产; 园区企业A依托…):
   * 企业 qualified by where it is or what it leads, so that 企业数量 or 为企业提供 are not read as names.
   */
  private static final Pattern INTRODUCING_NOUN =
      Pattern.compile("(?:园区|区内|辖区|本土|本地|龙头|骨干|重点|链主|领军|入驻|在园|落户|入园|头部)企业");
  private static final String CLAUSE_STOPS = "，,。；;：:";
  /** 金昌经开区依托金川集团: a clause that names a zone before the company is about the zone. */
  private static final Pattern ZONE_IN_NAME = Pattern.compile("经开区|高新区|开发区|综保区|保税区|新区|园区");
  /** Characters of function words no registered name holds between its place and its legal form. */
  private static final String NOT_IN_NAME = "的是在与和及为对向从把被将于了等";
  /** …except 和 in the firm's own name right after its place (天津和瑞生物, 包头天和磁材), where no list joins two. */
  private static final char AND = '和';
  private static final int BRAND_OPENING = 3;
  /** 5．某某有限公司: the number of a listed item opening the sentence is no part of the name. */
  private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}[．.、]\\s*");
  /** 由某某有限公司投资建设: the preposition naming who builds opens the clause, not the name. */
  private static final char BUILT_BY = '由';
  private static final java.util.Set<String> PROPER = java.util.Set.of("nr", "nrf", "nrj", "nt", "ntc", "nz", "j");
  private static final int SHORT_NAME = 3;
  private static final int MAX_SHORT_NAME = 8;
  private static final Set<String> COMPANY_NAME_TAGS = Set.of("nt", "ntc", "nz");
  /** Figures a company reports and a zone does not: its turnover, profit, sales, market value. */
  private static final Pattern COMPANY_FIGURE =
      Pattern.compile("(?:实现)?(?:营业收入|营收|净利润|利润总额|销售收入|销售额|出货量|市值)");
  private static final String PLACE_ENDINGS = "区市省县镇乡村园港城湾岛";
  private static final Pattern LEGAL = Pattern.compile(String.join("|", CompanyWords.LEGAL_SUFFIXES));
  /** What may follow a registered name that fills its list item or clause: a mark, 等, a conjunction. */
  private static final String NAME_ENDS = "、，,。；;：:等和与及（(";
  /** 一季度/nz营业收入…, 规上工业/nt营业收入…: what HanLP may read as a name before a figure is a period or a scope. */
  private static final Pattern PERIOD_OR_SCOPE = Pattern.compile("季度$|月份?$|半年$|^(?:规上|规模以上|限上|限额以上)");

  private static final String LISTED_COMPANIES = "上市公司";
  private static final char OF = '的';
  /** Where the words that say what kind of company it is begin. */
  private static final Pattern COMPANY_KIND = Pattern.compile("集团|股份|有限|公司");
  /** A company's own name, before its kind, has at least two characters. */
  private static final int MIN_OWN_NAME = 2;
  /** A year, a month or a relative year opening what HanLP read as a name. */
  private static final Pattern PERIOD_BEFORE =
      Pattern.compile("(?:\\d{4}年(?:\\d{1,2}月份?)?|(?:今|去|上|明|前)年(?:\\d{1,2}月份?)?)[，,\\s]*");

  /** A place of at most four characters and one it cut off. */
  private static final int MAX_CUT_PLACE = 5;
  private final Gazetteer gazetteer;

  public EnterpriseExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Mention> extract(SegmentedDoc doc) {
    List<Mention> out = new ArrayList<>();
    doc.sentences().forEach(s -> {
      legalNames(s, out);
      listed(s, out);
      bracketed(s, out);
      withEvent(s, out);
      introduced(s, out);
      withCompanyFigure(s, out);
      builders(s, out);
      KnownCompanies.in(s).forEach(span -> add(s, span, out));
    });
    out.addAll(shortForms(doc, out));
    return out.stream().distinct().sorted((a, b) -> a.span().compareTo(b.span())).toList();
  }

  private void legalNames(Sentence s, List<Mention> out) {
    String text = s.text();
    Matcher m = LEGAL.matcher(text);
    while (m.find()) {
      if (m.end() < text.length() && ")）".indexOf(text.charAt(m.end())) >= 0) {
        // 某某（集团）有限公司: the bracketed form is not the suffix; the one after the bracket is
        continue;
      }
      int end = extendOverSuffix(text, m.end());
      int begin = afterFirmsOrKindsBefore(text,
          withPlaceOpeningClause(text, nameStart(s, m.start(), end), m.start()), m.start());
      if (begin < m.start()) {
        add(s, new Span(begin, end), out);
      }
    }
  }

  /**
   * 宜昌卓/nr 光光/z 伏/v 科技有限公司: a registered name that fills its clause up to the legal form and opens with a
   * place opens there, however HanLP cut the words between.
   */
  private int withPlaceOpeningClause(String text, int begin, int suffixAt) {
    int clause = suffixAt;
    while (clause > 0 && CLAUSE_STOPS.indexOf(text.charAt(clause - 1)) < 0 && suffixAt - clause < MAX_NAME) {
      clause--;
    }
    boolean opensClause = clause == 0 || CLAUSE_STOPS.indexOf(text.charAt(clause - 1)) >= 0;
    if (clause == 0) {
      Matcher number = ITEM_NUMBER.matcher(text).region(0, suffixAt);
      clause = number.lookingAt() ? number.end() : clause;
    }
    if (clause < suffixAt && text.charAt(clause) == BUILT_BY) {
      clause++;
    }
    String name = text.substring(clause, suffixAt);
    int place = gazetteer.longestNameAt(name, 0);
    boolean words = IntStream.range(0, name.length()).allMatch(i -> Han.is(name.charAt(i))
        && (NOT_IN_NAME.indexOf(name.charAt(i)) < 0 || name.charAt(i) == AND && i < place + BRAND_OPENING));
    return begin > clause && opensClause && words && !ZONE_IN_NAME.matcher(name).find() && place >= 2
        ? clause : begin;
  }

  /**
   * 开发区重点企业昆山某某有限公司: a kind of firm before a place opens no registered name; the place does. Nor does a firm
   * that joins with it (云南某某药业有限公司联合昆明某某制药有限公司, 某某有限公司和某某有限公司).
   */
  private int afterFirmsOrKindsBefore(String text, int begin, int suffixAt) {
    Matcher partner = JOINED_BY_FIRM.matcher(text).region(begin, suffixAt);
    int after = begin;
    while (partner.find()) {
      after = partner.end();
    }
    int kind = text.lastIndexOf(FIRM, suffixAt - 1);
    int place = kind + FIRM.length();
    return kind >= after && place < suffixAt && gazetteer.longestNameAt(text, place) >= 2 ? place : after;
  }

  /** 集团 followed by 有限公司 or 股份 forms one legal suffix. */
  private static int extendOverSuffix(String text, int end) {
    for (String more : List.of("股份有限公司", "有限公司", "公司")) {
      if (text.startsWith(more, end)) {
        return end + more.length();
      }
    }
    return end;
  }

  private static int nameStart(Sentence s, int suffixAt, int end) {
    String text = s.text();
    int from = suffixAt;
    while (from > 0 && suffixAt - from < MAX_NAME && isNameChar(text.charAt(from - 1))) {
      from--;
    }
    if (from > 0 && text.charAt(from - 1) == LineShapes.CELL_GAP) {
      // 1	某某项目	某某光电科技有限公司: a table's cell holds the whole name
      return from;
    }
    // a name that is a whole list item or clause subject (、某某第二重型机械集团有限公司等); not one opening a project's
    int whole = end == text.length() || NAME_ENDS.indexOf(text.charAt(end)) >= 0
        ? ListItems.legalNameStart(s, from, suffixAt) : -1;
    if (whole >= 0) {
      return whole;
    }
    // 上海/爱/餐机器人: a one-character "verb" right after a place belongs to the name
    int begin = ListItems.registeredNameStart(s, from, ListItems.afterLastStop(s, from, suffixAt, false));
    return withCutPlace(s, from, begin);
  }

  /**
   * 企业/湖/北汉/t 江轴承科技股份有限公司: HanLP cut the place opening the name across two words and read the rest as
   * something else; the place (湖北) and what it cut off (汉) open the name.
   */
  private static int withCutPlace(Sentence s, int from, int begin) {
    String text = s.text();
    for (int at = Math.max(from, begin - MAX_CUT_PLACE); at < begin - 1; at++) {
      int placeEnd = at + Gazetteer.get().longestNameAt(text, at);
      if (placeEnd > at && placeEnd < begin && startsToken(s, at) && straddles(s, placeEnd, begin)) {
        return at;
      }
    }
    return begin;
  }

  private static boolean startsToken(Sentence s, int at) {
    int base = s.span().begin();
    return s.tokens().stream().anyMatch(t -> t.span().begin() - base == at);
  }

  /** Whether a word ending at {@code end} began before {@code at}, inside the place. */
  private static boolean straddles(Sentence s, int at, int end) {
    int base = s.span().begin();
    return s.tokens().stream().anyMatch(t -> t.span().begin() - base < at && t.span().end() - base == end);
  }

  private static boolean isNameChar(char c) {
    return Han.is(c) || Character.isLetterOrDigit(c) || "()（）".indexOf(c) >= 0;
  }

  private void listed(Sentence s, List<Mention> out) {
    Matcher m = LIST_HEAD.matcher(s.text());
    while (m.find()) {
      if (TOPIC_GAP.matcher(m.group(1)).find() || OTHER_HEAD.matcher(m.group(1)).find()
          || HEAD_CONTINUES.matcher(s.text().substring(m.end())).lookingAt()) {
        continue;
      }
      List<Span> items = new ArrayList<>(ListItems.endingAt(s, m.start()));
      if (!items.isEmpty()) {
        items.set(0, withBrandPieces(s, items.get(0)));
      }
      if (items.size() >= 2 || m.group().length() <= 6 || COUNT_GAP.matcher(m.group(1)).lookingAt()
          || QUALIFIED_HEAD.matcher(m.group(1)).matches()) {
        items.stream().filter(i -> !CATEGORY_ITEM.matcher(i.of(s.text())).find()).forEach(i -> add(s, i, out));
      }
    }
  }

  /**
   * 由某某卫星牵头建设的…创新中心, 与华为合作共建的…中心: who builds a park with the zone is a company, unless it is a
   * school, an institute, a government body or a place.
   */
  private void builders(Sentence s, List<Mention> out) {
    // the pattern tries every clause start: only where it can match
    if (s.text().indexOf('由') < 0 && s.text().indexOf('与') < 0) {
      return;
    }
    Matcher m = BUILDER.matcher(s.text());
    while (m.find()) {
      String name = m.group(1);
      if (!BUILDER_NOT_COMPANY.matcher(name).find() && gazetteer.longestNameAt(name, 0) < name.length() - 1) {
        add(s, new Span(m.start(1), m.end(1)), out);
      }
    }
  }

  /**
   * 区内晶/ag 能/v 光电等企业, 信/n 达/v 生物等企业: the single characters HanLP cut from the front of a listed brand are
   * its own, back to where the clause or a place (区内) ends.
   */
  private static Span withBrandPieces(Sentence s, Span item) {
    int base = s.span().begin();
    List<Token> pieces = new ArrayList<>();
    int begin = item.begin();
    for (int i = s.tokens().size() - 1; i >= 0 && pieces.size() < MAX_BRAND_PIECES; i--) {
      Token t = s.tokens().get(i);
      if (t.span().end() - base != begin) {
        continue;
      }
      if (t.text().length() != 1 || t.pos().startsWith("u") || NO_BRAND_TAGS.contains(t.pos())
          || CLAUSE_STOPS.contains(t.text())) {
        break;
      }
      pieces.add(0, t);
      begin = t.span().begin() - base;
    }
    // a verb or adverb opening the pieces is the clause's (推出浪潮…), not the brand's
    while (!pieces.isEmpty() && (pieces.get(0).pos().startsWith("v") || pieces.get(0).pos().startsWith("d"))) {
      pieces.remove(0);
    }
    return pieces.isEmpty() ? item : new Span(pieces.get(0).span().begin() - base, item.end());
  }

  private void bracketed(Sentence s, List<Mention> out) {
    Matcher m = BRACKETED.matcher(s.text());
    while (m.find()) {
      for (Span item : ListItems.endingAt(bracket(s, m), m.end(1) - m.start(1))) {
        splitOnConjunction(item.shift(m.start(1)), s.text()).stream()
            .filter(i -> !CATEGORY_ITEM.matcher(i.of(s.text())).find())
            .forEach(i -> add(s, i, out));
      }
    }
  }

  /** The bracket's content as a sentence of its own, so that its first item starts at the bracket. */
  private static Sentence bracket(Sentence s, Matcher m) {
    int begin = s.span().begin() + m.start(1);
    Span span = new Span(begin, s.span().begin() + m.end(1));
    return new Sentence(s.index(), span, m.group(1),
        s.tokens().stream().filter(t -> span.contains(t.span())).toList());
  }

  /** Inside brackets 和 joins two names even where HanLP glued it to a neighbour (金资和泰合 → 金资/和泰). */
  private static List<Span> splitOnConjunction(Span item, String text) {
    String name = item.of(text);
    for (String c : List.of("和", "及", "与")) {
      int at = name.indexOf(c);
      if (at >= 2 && name.length() - at - 1 >= 2) {
        return List.of(new Span(item.begin(), item.begin() + at), new Span(item.begin() + at + 1, item.end()));
      }
    }
    return List.of(item);
  }

  private void withEvent(Sentence s, List<Mention> out) {
    String text = s.text();
    for (String word : CompanyWords.BUSINESS_WORDS) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (!EVENT.matcher(text.substring(end)).lookingAt()) {
          continue;
        }
        int begin = ListItems.afterLastStop(s, Math.max(0, at - 4), at);
        if (at - begin >= 2) {
          add(s, new Span(begin, end), out);
        }
      }
    }
  }

  /**
   * A proper name opening a clause whose figure only a company reports: "天合光能实现营业收入1133亿元",
   * "宁德时代上半年净利润增长20%". HanLP must tag the name's first word as an organisation or other proper
   * noun (not a place), so that 园区实现营业收入 stays the zone's.
   */
  private void withCompanyFigure(Sentence s, List<Mention> out) {
    List<Token> tokens = s.tokens();
    int base = s.span().begin();
    for (int i = 0; i < tokens.size(); i++) {
      if (!opensClause(tokens, i) || !COMPANY_NAME_TAGS.contains(tokens.get(i).pos())) {
        continue;
      }
      int last = i;
      if (last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("n")
          && tokens.get(last + 1).text().length() == 2) {
        last++;
      }
      int after = last + 1;
      while (after < tokens.size() && tokens.get(after).pos().equals("t")) {
        after++;
      }
      Span name = new Span(tokens.get(i).span().begin() - base, tokens.get(last).span().end() - base);
      if (after < tokens.size() && name.length() >= 3 && name.length() <= MAX_SHORT_NAME
          && !PERIOD_OR_SCOPE.matcher(name.of(s.text())).find()
          && COMPANY_FIGURE.matcher(s.text().substring(tokens.get(after).span().begin() - base)).lookingAt()) {
        add(s, name, out);
      }
    }
  }

  private static boolean opensClause(List<Token> tokens, int i) {
    int k = i - 1;
    while (k >= 0 && tokens.get(k).pos().equals("t")) {
      k--;
    }
    return k < 0 || tokens.get(k).pos().equals("w");
  }

  /**
   * Companies named right after a company noun: a list closed by 等 and a verb ("区内企业A、B等加快
   * 扩产"), or one proper name followed by a verb ("园区企业A依托…").
   */
  private void introduced(Sentence s, List<Mention> out) {
    String text = s.text();
    Matcher noun = INTRODUCING_NOUN.matcher(text);
    while (noun.find()) {
      int from = noun.end();
      int etc = listEnd(text, from);
      List<Span> items = etc > 0 ? ListItems.endingAt(s, etc) : List.of();
      if (!items.isEmpty() && items.get(0).begin() <= from) {
        items.stream()
            .filter(i -> i.end() > from)
            .map(i -> new Span(Math.max(i.begin(), from), i.end()))
            .filter(i -> !CATEGORY_ITEM.matcher(i.of(text)).find())
            .forEach(i -> add(s, i, out));
      } else {
        properNameAt(s, from).ifPresent(span -> add(s, span, out));
      }
    }
  }

  /** Where 等 closes a list that starts at {@code from} and is followed by a verb, not by a company noun; else -1. */
  private static int listEnd(String text, int from) {
    int etc = -1;
    for (int i = from; i < text.length() && CLAUSE_STOPS.indexOf(text.charAt(i)) < 0; i++) {
      if (text.charAt(i) == '等') {
        etc = i;
        break;
      }
    }
    if (etc < 0 || text.substring(from, etc).indexOf('、') < 0 || LIST_HEAD.matcher(text).region(etc, text.length()).lookingAt()) {
      return -1;
    }
    return etc;
  }

  /** 园区企业某某依托…: one run of proper-name tokens right after the noun, followed by a verb. */
  private static java.util.Optional<Span> properNameAt(Sentence s, int from) {
    int base = s.span().begin();
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).span().begin() - base < from) {
      i++;
    }
    int j = i;
    // a registered name ends the run: HanLP tags what follows it as proper too (某某有限公司/nt 一季度/nz)
    while (j < tokens.size() && PROPER.contains(tokens.get(j).pos())
        && (j == i || !CompanyWords.endsWithLegalSuffix(tokens.get(j - 1).text()))) {
      j++;
    }
    if (j == i || j >= tokens.size() || tokens.get(i).span().begin() - base != from
        || !tokens.get(j).pos().startsWith("v")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Span(from, tokens.get(j - 1).span().end() - base));
  }

  /**
   * 厦门某某科技有限公司 is also called 某某科技 and 某某 in the same text, and by the short name it declares in brackets
   * after its full name (杨凌某某农业科技股份有限公司（某某农科）, 某某有限公司（以下简称“某某”）).
   */
  private List<Mention> shortForms(SegmentedDoc doc, List<Mention> found) {
    Set<String> forms = new LinkedHashSet<>();
    for (Mention m : found) {
      Matcher declared =
          CompanyWords.DECLARED_SHORT_NAME.matcher(doc.text()).region(m.span().end(), doc.text().length());
      if (LEGAL.matcher(m.name()).find() && declared.lookingAt()) {
        forms.add(declared.group(1));
      }
      String core = CompanyWords.withoutLegalForm(m.name());
      if (core.equals(m.name())) {
        continue;
      }
      int place = gazetteer.longestNameAt(core, 0);
      String bare = core.substring(place);
      if (bare.length() >= 4) {
        forms.add(bare);
        withoutBusinessWord(bare).filter(f -> f.length() >= 4 || isDistinctiveShortName(f)).ifPresent(forms::add);
      }
    }
    List<Mention> out = new ArrayList<>();
    doc.sentences().forEach(s -> {
      for (String form : forms) {
        for (int at = s.text().indexOf(form); at >= 0; at = s.text().indexOf(form, at + 1)) {
          if (form.length() >= 4 || isWholeWords(s, at, at + form.length())) {
            add(s, new Span(at, at + form.length()), out);
          }
        }
      }
    });
    return out;
  }

  /**
   * 贵州白山云科技股份有限公司 → 白山云: a three-character short name, unless it ends like a place (某某区, 某某园),
   * which the text more likely means.
   */
  private static boolean isDistinctiveShortName(String form) {
    return form.length() == SHORT_NAME && PLACE_ENDINGS.indexOf(form.charAt(form.length() - 1)) < 0;
  }

  /** A three-character form counts only where HanLP's words begin and end with it, not inside a longer word. */
  private static boolean isWholeWords(Sentence s, int begin, int end) {
    int base = s.span().begin();
    return startsToken(s, begin) && s.tokens().stream().anyMatch(t -> t.span().end() - base == end);
  }

  /** 海富电子科技 → 海富电子: the business word is often left out of the short name. */
  private static java.util.Optional<String> withoutBusinessWord(String name) {
    return CompanyWords.BUSINESS_WORDS.stream()
        .filter(w -> name.endsWith(w) && name.length() > w.length())
        .map(w -> name.substring(0, name.length() - w.length()))
        .findFirst();
  }

  private static void add(Sentence s, Span span, List<Mention> out) {
    Span located = withoutZoneBeforeFirm(s.text(),
        withoutRoleBefore(s.text(), withoutLocation(s.text(), withoutPeriodBefore(s.text(), span))));
    Matcher intro = INTRODUCER.matcher(located.of(s.text()));
    Span introduced = intro.lookingAt() ? new Span(located.begin() + intro.end(), located.end()) : located;
    Matcher shortName = SHORT_NAME_AFTER.matcher(introduced.of(s.text()));
    Matcher unopened = UNOPENED_CLOSE.matcher(introduced.of(s.text()));
    Span whole = shortName.find() ? new Span(introduced.begin(), introduced.begin() + shortName.start())
        : unopened.find() ? new Span(introduced.begin(), introduced.begin() + unopened.start(1)) : introduced;
    Span local = afterOf(s.text(), whole);
    String name = local.of(s.text()).replaceAll("\\s+", "");
    if (name.length() < 2
        || CompanyWords.NOT_COMPANY.matcher(name).find() && !CompanyWords.REGISTERED.matcher(name).find()
        || CompanyWords.GENERIC.matcher(name).matches() || SUBSIDIARY.matcher(name).find() || !Han.in(name)
        || isKindOfFirm(name) || isTrade(name)) {
      return;
    }
    out.add(Mention.of(EntityType.ENTERPRISE, name, local.shift(s.span().begin()), s.index()));
  }

  /**
   * 集聚数据中心运营、软件服务、跨境电商等大数据企业: a trade, named by industry words and maybe what is done in it
   * (运营, 制造, 服务), is no firm, nor with the verb that lists it.
   */
  private static boolean isTrade(String name) {
    String listed = GATHERING_VERB.matcher(name).replaceFirst("");
    Matcher activity = ACTIVITY.matcher(listed);
    String industry = activity.find() ? listed.substring(0, activity.start()) : listed;
    return industry.isEmpty() || IndustryWords.spellsOut(industry);
  }

  /**
   * 某某片区的/云南某某有限公司: what HanLP glued across 的 belongs to the words before the name, unless all after 的 is
   * the kind of company (美的集团股份有限公司).
   */
  private static Span afterOf(String text, Span name) {
    int of = name.of(text).lastIndexOf(OF);
    if (of < 0) {
      return name;
    }
    Span after = new Span(name.begin() + of + 1, name.end());
    Matcher kind = COMPANY_KIND.matcher(after.of(text));
    return kind.find() && kind.start() >= MIN_OWN_NAME ? after : name;
  }

  /**
   * 大数据企业, 高新技术企业: firms named by their industry or class are a kind of firm, not one; so are a place's listed
   * companies (某某高新区上市公司).
   */
  private static boolean isKindOfFirm(String name) {
    if (name.endsWith(LISTED_COMPANIES)) {
      return true;
    }
    if (!name.endsWith(FIRM) || name.length() == FIRM.length()) {
      return false;
    }
    String kind = name.substring(0, name.length() - FIRM.length());
    return IndustryWords.spellsOut(kind) || CompanyWords.GENERIC.matcher(kind + "公司").matches();
  }

  /** 2023年公司实现…, 2023年某某有限公司: a period HanLP read into an organisation's name is when, not who. */
  private static Span withoutPeriodBefore(String text, Span span) {
    Matcher period = PERIOD_BEFORE.matcher(span.of(text));
    return period.lookingAt() ? new Span(span.begin() + period.end(), span.end()) : span;
  }

  /** Drops 园区内, a caption's 图为 or a lead's 本报讯 before a name, and the 内 that HanLP glues to a name after 园区 (园区/内华为技术有限公司). */
  private static Span withoutLocation(String text, Span span) {
    int afterLocation = ListItems.afterLocation(text, span.begin(), span.end());
    if (afterLocation > span.begin()) {
      return new Span(afterLocation, span.end());
    }
    Matcher caption = CAPTION.matcher(span.of(text));
    return caption.lookingAt() ? new Span(span.begin() + caption.end(), span.end()) : span;
  }

  /** The name after a role read into it, when a place opens what follows (客户|重庆某某有限公司). */
  private static Span withoutRoleBefore(String text, Span span) {
    Matcher role = ROLE_BEFORE.matcher(span.of(text));
    if (!role.lookingAt()) {
      return span;
    }
    int after = span.begin() + role.end();
    return after < span.end() && Gazetteer.get().longestNameAt(text, after) > 0 ? new Span(after, span.end()) : span;
  }

  /**
   * 常德经开区常德澧兰烟机配件有限公司, 荆门高新区湖北荆楚化工新材料有限公司, （图）郴州综合保税区内郴州银湾电子有限公司:
   * a zone, and a place that opens a name after it, begin the name; a zone before other words
   * (苏州工业园区国有资本…, 某某经开区冷链物流中心项目) may be the name's own.
   */
  public static Span withoutZoneBefore(String text, Span span) {
    return withoutZoneBefore(text, span, false);
  }

  /**
   * A company's registered name after a zone, which begins after the zone when a place opens it and also when the zone
   * is no part of a firm's name ({@link #ZONE_IN_FIRM_NAME}, {@link #ZONE_OWNED_FIRM}): 长治高新区潞安某某电子科技有限公司.
   */
  public static Span withoutZoneBeforeFirm(String text, Span span) {
    return withoutZoneBefore(text, span, true);
  }

  private static Span withoutZoneBefore(String text, Span span, boolean firm) {
    Matcher zone = ZONE_BEFORE.matcher(span.of(text));
    if (!zone.lookingAt()) {
      return span;
    }
    int after = span.begin() + zone.end();
    boolean placeOpens = text.startsWith(zone.group("place"), after) || Gazetteer.get().longestNameAt(text, after) > 0;
    boolean notFirmName = firm && !ZONE_IN_FIRM_NAME.matcher(zone.group("kind")).matches()
        && !ZONE_OWNED_FIRM.matcher(text).region(after, span.end()).lookingAt();
    return (placeOpens || notFirmName) && after < span.end() ? new Span(after, span.end()) : span;
  }
}
