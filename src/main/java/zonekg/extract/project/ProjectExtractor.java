package zonekg.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Article;
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
import zonekg.extract.ZoneKindReferences;
import zonekg.extract.enterprise.CompanyWords;
import zonekg.extract.enterprise.EnterpriseExtractor;
import zonekg.extract.region.Gazetteer;

/**
 * Named projects: "…项目" with a proper name before it (某某电子服务机器人项目), and the items of
 * a list the text calls projects ("A、B、C等一批重点项目已投入运营"). A listed item that is a
 * company's short name (某某电池) is a project and an enterprise of the same name; one that starts
 * with one (某某制药超大规模制剂) names its enterprise. The status is the stage the predicate states.
 */
public final class ProjectExtractor implements Extractor<Mention> {
  /** 等一批重点项目, 等 200 余个在建项目: the words between 等 and 项目 say it is a list of projects. */
  private static final Pattern LIST_HEAD = Pattern.compile(
      "等(?:\\s*(?:一批|一大批|[\\d一二三四五六七八九十百]+\\s*(?:余|多)?个|重点|重大|在建|拟建|签约|新建|续建|产业|工业|优质|投资|研发|科研|代表|计划|立项"
          + "|\\p{IsHan}{2,3}[省市]))*项目");
  /** A qualifier right before 项目 makes the phrase generic (园区重点项目, 各项目, 实体项目). */
  private static final Pattern GENERIC_TAIL = Pattern.compile("(?:重点|重大|各|大|好|实体|一批|优质|(?<!全)产业链|相关|其他|新|类)项目$");
  private static final String PROJECT = "项目";
  private static final Pattern BATCH = Pattern.compile("(?:一批|一大批|一系列|若干)$");
  /** A sentence cut at a semicolon, or a heading cut at its colon, goes on in the next one. */
  private static final Pattern PIECE_END = Pattern.compile("[；;：:]\\s*$");
  /** Before such a verb a name of its own (企业扩产项目 names none). */
  private static final int MIN_STEM = 4;
  /** What a project does to a plant, said right before 项目 (某某胰岛素制剂扩产项目): part of the name, though verbs. */
  private static final Pattern WORKS_VERB =
      Pattern.compile("(?:改扩建|扩产|扩建|扩能|技改|技术改造|智能化改造|改造|迁建|续建|升级|提质|利用|处置|回收)$");
  /**
   * Words after 项目 that make it part of another noun (项目经理, 项目部, 项目名单) or of a slogan (坚持项目为王), or a count that
   * makes it a category (先进制造业项目13个, 新获批临床试验项目6项).
   */
  private static final Pattern NOT_NAME_AFTER = Pattern.compile(
      "^(?:经理|负责人|部|组|办|方|单位|资金|用地|审批|名单|清单|库|为王|为先|为要|为纲|\\s*[\\d一二两三四五六七八九十百千]+\\s*(?:余|多)?\\s*[个项])");
  /**
   * Prefixes that only qualify 项目 and name nothing (重点项目, 一批产业链项目, 外资制造业项目), or an industry alone (稀土产业项目,
   * 生物医药项目: a sector, where a product, 储能电池项目, may name one project).
   */
  private static final Pattern GENERIC = Pattern.compile(
      "^(?:[该本此这那各每一两多某好大新老首]|一批|一大批|重点|重大|优质|产业链|招商|建设|签约|在建|新建|续建|拟建|储备|相关"
          + "|工业|产业|科技|科研|服务业|制造业|市政|基础设施|配套|基金|技术交易|国家|工程|民生|技改|技术改造|合作|投资|亿元|千万元|以上|省级|市级|国家级|示范|试点"
          + "|引进|落地|开工|竣工|投产|实施|推进|谋划|攻关|研发|创新|人才|留学|招才|引智|\\d+个?|在谈|年度|计划"
          + "|重要|企业|外资|内资|外商|港资|台资|合资|独资|强|农业|产业化|技术|全力以赴|抓|个别|先进|高端|新兴"
          + "|强链|补链|延链|固链|更多|优先|保障|中小|项目|关键|核心|零部件|医疗器械"
          + "|战略性新兴产业|数字经济|电子信息|新一代信息技术|生物医药|集成电路|智能制造|高端装备|新能源|新材料|现代服务业)*项目$"
          + "|^\\p{IsHan}{2,4}产业项目$");
  /** A 工程 whose stage follows directly: 某某扩建工程已开工建设, 某某改造工程顺利竣工. */
  private static final Pattern WORKS = Pattern.compile(
      "(工程)(?:已经|已|正式|顺利|全面|目前)?(?:开工|竣工|建成|投产|投入运营|试运行|完工)");
  /**
   * A zone opening a name (某某新区项目) is a place, not part of what makes the name specific; a park named at
   * length (某某国际文化教育园区项目) is what the project builds.
   */
  private static final Pattern LEADING_ZONE =
      Pattern.compile("^(?:\\p{IsHan}{2,8}?(?:高新区|经开区|开发区|综保区|新区)|\\p{IsHan}{2,4}?园区)");
  /** 四季度重大产业项目, 2024年重点项目: the period a kind of project is counted in. */
  private static final Pattern LEADING_PERIOD = Pattern.compile(
      "^(?:\\d{4}年度?|今年|去年|明年|全年)?(?:前?[一二三四]季度|[上下]半年|\\d{1,2}(?:—|-|至)?\\d{0,2}月份?)?");
  private static final int MAX_TITLE = 40;
  /** What may close a heading that names a project: a full stop, or a colon and maybe what the item says of it. */
  private static final Pattern HEADING_CLOSE = Pattern.compile("。?\\s*$|\\s*[：:]");
  /** The longest project name read back from 项目 to a 的. */
  private static final int MAX_NAME = 30;
  /** The longest project name read back from 项目, a company's legal name and a capacity included. */
  private static final int MAX_OWNED_NAME = 40;
  /** 公司年产2000万片…项目: the company referred back to owns the project; its name does not hold the word. */
  private static final Pattern COMPANY_REFERRED = Pattern.compile("^(?:该|这家)?公司(?=\\p{IsHan}{2})");
  /** 龙头企业某某科技有限公司某某项目: a noun of firms before a company's legal name introduces it. */
  private static final Pattern INTRODUCED_COMPANY = Pattern.compile(
      "^\\p{IsHan}{1,6}?(?:企业|单位)(?=\\p{IsHan}{2,24}?(?:有限公司|有限责任公司|股份公司|集团))");
  /**
   * What ends a relative clause before a project's name: who builds it (投资建设的), what it costs (亿元的), or whose
   * it is (某某科技有限公司的).
   */
  private static final Pattern RELATIVE_CLAUSE_END = Pattern.compile("(?:投资|建设|兴建|打造|实施|承建|合资|独资|元|公司|集团)$");
  /**
   * 投资48亿元建设某某储能电池项目, 某某有限公司（以下简称“某某”）刻蚀设备项目: the money and a verb of building, or the
   * short name a company is given, end right where the name starts.
   */
  private static final Pattern NAME_OPENS_AFTER =
      Pattern.compile("(?:\\d[\\d.]*[万亿]?元(?:建设|兴建|新建|打造)|简称[“\"]?\\p{IsHan}{2,8}[”\"]?[）)])$");
  /**
   * 与某某科技有限公司签约华彩/n 触/v 控/v 模组项目, 启动了鼎芯EDA工具研发项目: right after a verb that signs or starts a
   * project, its name runs to 项目 whatever HanLP made of the brand that opens it.
   */
  private static final Pattern SIGNING_VERB = Pattern.compile("(?:签约|签下|启动|引进|开工|落地)(?:建设|实施)?了?");
  /** The most characters between such a verb and 项目 read as one name. */
  private static final int MAX_SIGNED_NAME = 14;
  private static final int SIGNING_VERB_LENGTH = 5;
  /** Kinds of word no character cut off a name is: prepositions (把/pba), adverbs, particles, conjunctions, pronouns. */
  private static final String NOT_CUT_TAGS = "pducr";
  /** The most characters of a name's opening HanLP may have cut off as a word of another kind (泓/q, 刻/v). */
  private static final int MAX_CUT_OPENING = 2;
  /** "17个循环产业链、节能降碳项目": projects counted in the clause are a category, not one project. */
  private static final Pattern COUNTED = Pattern.compile("[\\d一二两三四五六七八九十百千]+\\s*(?:余|多)?\\s*个");
  private static final java.util.Set<String> PROPER_OPENING = java.util.Set.of("ns", "nsf", "nt", "ntc", "nz", "nr");
  /** "要素等项目": a list of one short common noun is a slogan, not a project. */
  private static final int MIN_LONE_ITEM = 4;
  private static final String STOPS = "。；;！？!?，,、";
  private static final Pattern ENTERPRISE_BEFORE = Pattern.compile("是(\\p{IsHan}{4,30}?)(?:打造|投资|建设|实施|承建)的");
  /** 申报A、B等项目: programmes a zone applies for are funding categories, not projects. */
  private static final Pattern APPLIED_FOR = Pattern.compile("申报|申请|入选|获批");
  /** The longest bracketed word inside a name (某某新材料（钦州）有限公司). */
  private static final int MAX_INNER_BRACKET = 6;
  /** Listed things that are parks or bases, not companies. */
  private static final Pattern CARRIER = Pattern.compile("(?:园|园区|基地|中心|谷|城|港|大厦|项目)$");

  /**
   * A yearly capacity (年产10万吨, 年产20GWh), a wafer or screen size (12英寸) or a figure with Latin letters (3D, 5G)
   * ending a span, or followed by the one word HanLP cut from the name after it (3D打印).
   */
  private static final Pattern CAPACITY = Pattern.compile("(?:(?:年产能?|年处理|年加工|日产|日处理)\\p{IsHan}{0,4}?\\s*)?\\d+(?:\\.\\d+)?\\s*"
      + "(?:[万亿千百]\\s*)?(?:[A-Za-z]{1,4}|吨|台套?|套|辆|片|锭|件|只|支|剂|头|颗|块|张|英寸|寸|立方米|平方米|千瓦|兆瓦)"
      + "\\p{IsHan}{0,6}$");
  /** At most this many characters of a project's own name stand between its company and where a verb cut it. */
  private static final int MAX_WORDS_AFTER_COMPANY = 8;
  private static final Set<String> WORD_TAGS = Set.of("n", "nz", "ng", "ns", "v", "vi", "vn", "vg", "a", "ag", "b");
  /** What opens the clause a project's name may open, a digest item's bracketed day (【11月15日】) among them. */
  private static final String CLAUSE_OPENERS = ZoneKindReferences.CLAUSE_MARKS + ListItems.DIGEST_ITEM_CLOSE;
  private static final char OF = '的';
  private static final char MIDDLE_DOT = '·';
  /** Tags of words no name holds: prepositions, conjunctions, particles, pronouns, times, places, punctuation. */
  private static final Set<String> FUNCTION_TAGS = Set.of("p", "c", "cc", "u", "ude1", "r", "rr", "rz", "t", "s", "w",
      "y", "e", "o", "ns", "nsf");
  /** Tags of the words a company's short name opens with: nouns, and the characters HanLP leaves alone (晶/ag, 赣/b). */
  private static final Set<String> OPENING_TAGS =
      Set.of("n", "nz", "nt", "ntc", "nr", "nrf", "nx", "j", "ng", "ag", "b");
  /** Nouns that head a clause about the zone or a company, not a project's name (园区年产…项目). */
  private static final Set<String> GENERIC_HEADS = Set.of("园区", "公司", "企业", "全区", "新区", "该区", "本区", "我区", "区内",
      "项目", "重点", "重大", "全市", "全省", "集团");

  @Override
  public List<Mention> extract(SegmentedDoc doc) {
    List<Mention> out = new ArrayList<>();
    for (Article article : doc.articles()) {
      StringBuilder pieces = new StringBuilder();
      String previousSentence = "";
      String listCaption = "";
      String section = "";
      List<Sentence> sentences = article.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        String next = i + 1 < sentences.size() ? sentences.get(i + 1).text() : "";
        listCaption = StatusFinder.isCaption(s.text()) ? s.text() : isRow(s.text()) ? listCaption : "";
        if (LineShapes.isFirstRankSection(s.text())) {
          section = StatusFinder.isSectionOnProjects(s.text()) ? s.text() : "";
        }
        String caption = listCaption.isEmpty() ? section : listCaption;
        named(s, next, new StatusFinder.Context(pieces.toString(), previousSentence, caption, article.title()), out);
        listed(s, out);
        works(s, out);
        pieces.append(s.text());
        if (!PIECE_END.matcher(s.text()).find()) {
          previousSentence = pieces.toString();
          pieces.setLength(0);
        }
      }
    }
    return out;
  }

  /** A row of a table or list: 1	某某项目	38.5, 1．某某项目…, ● 某某项目… */
  private static boolean isRow(String line) {
    return LineShapes.isTableRow(line) || LineShapes.isNumberedItem(line) || LineShapes.isListItem(line);
  }

  /**
   * Projects named before 项目; {@code context}, what came before, may say which group of projects they are of, and
   * {@code next}, the sentence after, who builds the project a heading names.
   */
  private void named(Sentence s, String next, StatusFinder.Context context, List<Mention> out) {
    String text = s.text();
    for (int at = text.indexOf(PROJECT); at >= 0; at = text.indexOf(PROJECT, at + 1)) {
      int end = at + PROJECT.length();
      if (NOT_NAME_AFTER.matcher(text.substring(end)).lookingAt()) {
        continue;
      }
      int stem = beforeWorksVerb(text, at);
      int heading = headingNameStart(text, end);
      int begin = ListItems.afterLocation(text, afterIntroduction(s,
          afterRelativeClause(text, withNameBeforeConjunction(s, nameStart(s, stem)), at)), at);
      begin = heading >= 0 ? heading
          : beforeMiddleDot(s, ListItems.afterLocation(text, clauseOpeningName(s, begin, end), at));
      Matcher referred = COMPANY_REFERRED.matcher(text.substring(begin, end));
      begin = referred.lookingAt() ? begin + referred.end() : begin;
      begin = afterGenericProjects(text, afterSigningVerb(s, begin, at), at);
      String name = text.substring(begin, end).replaceAll("[\\s“”\"]", "");
      if (name.length() - PROJECT.length() < 4 || stem - begin < MIN_STEM || isGeneric(name) || name.contains("等")
          || COUNTED.matcher(clauseBefore(text, begin)).find() || listedAsABatch(s, begin)) {
        continue;
      }
      Optional<Span> owner = ProjectOwner.before(s, begin);
      int nameBegin = begin;
      owner.ifPresent(o -> out.add(Mention.of(EntityType.ENTERPRISE, o.of(text), o.shift(s.span().begin()), s.index())));
      String enterprise = owner.map(o -> o.of(text))
          .orElseGet(() -> heading >= 0 ? ProjectOwner.after(next).orElse(null)
              : ProjectOwner.latter(text.substring(0, nameBegin)).orElseGet(() -> enterpriseAround(text, end)));
      String status = StatusFinder.around(text, begin, end, context).map(ProjectStatus::label).orElse(null);
      out.add(new Mention(EntityType.PROJECT, name, new Span(begin, end).shift(s.span().begin()), s.index(), null,
          enterprise, status));
      siblings(s, begin, status, out);
    }
  }

  /**
   * 一、某某12英寸功率半导体制造项目 on a line of its own, as lists of key projects head each item, or before a colon and
   * what the item says of it (10．某某尼龙66切片项目：总投资38亿元，…): the name is all the heading holds after its
   * number, whatever HanLP made of its words. Where it begins, or -1 for no such heading.
   */
  private static int headingNameStart(String text, int end) {
    int number = LineShapes.numberEnd(text);
    boolean heading = number > 0 && HEADING_CLOSE.matcher(text).region(end, text.length()).lookingAt()
        && text.substring(number, end).chars().noneMatch(c -> STOPS.indexOf(c) >= 0);
    return heading ? number : -1;
  }

  /** Where the name after a {@link #SIGNING_VERB} begins, when it begins before {@code begin}; else {@code begin}. */
  private static int afterSigningVerb(Sentence s, int begin, int at) {
    String text = s.text();
    int from = Math.max(0, at - MAX_SIGNED_NAME - SIGNING_VERB_LENGTH);
    if (from >= begin) {
      return begin;
    }
    Matcher verb = SIGNING_VERB.matcher(text).region(from, begin);
    int after = -1;
    while (verb.find()) {
      after = verb.end();
    }
    if (after < 0 || after >= begin || at - after > MAX_SIGNED_NAME) {
      return begin;
    }
    int base = s.span().begin();
    int opening = after;
    String name = text.substring(after, at);
    boolean oneName = !name.contains(PROJECT) && name.chars().allMatch(c -> Han.is(c) || Character.isLetterOrDigit(c))
        && s.tokens().stream()
            .filter(t -> t.span().begin() - base >= opening && t.span().end() - base <= at)
            .noneMatch(t -> FUNCTION_TAGS.contains(t.pos()) || t.pos().startsWith("m") || t.pos().startsWith("d"));
    return oneName ? after : begin;
  }

  /** 另一重点项目某某航空构件项目: the kind of project said before the name (重点项目, 重大项目) is none of it. */
  private static int afterGenericProjects(String text, int begin, int at) {
    int inner = text.lastIndexOf(PROJECT, at - 1);
    return inner >= begin && GENERIC_TAIL.matcher(text.substring(begin, inner + PROJECT.length())).find()
        ? inner + PROJECT.length() : begin;
  }

  /** 某某新区·深圳宝安产业园项目: the part before a middle dot opens the name too. */
  private static int beforeMiddleDot(Sentence s, int begin) {
    String text = s.text();
    return begin > 1 && text.charAt(begin - 1) == MIDDLE_DOT && isNameChar(text.charAt(begin - 2))
        ? nameStart(s, begin - 1) : begin;
  }

  private static int beforeWorksVerb(String text, int at) {
    Matcher verb = WORKS_VERB.matcher(text.substring(Math.max(0, at - 6), at));
    return verb.find() ? at - (verb.end() - verb.start()) : at;
  }

  /** Where a project's name begins: a quoted title (“某某关键技术”项目) with the words glued before it, else the noun phrase. */
  private static int nameStart(Sentence s, int end) {
    String text = s.text();
    if (end > 0 && text.charAt(end - 1) == '”') {
      int open = text.lastIndexOf('“', end - 1);
      if (open >= 0 && end - open <= MAX_TITLE && text.substring(open, end).chars().noneMatch(c -> STOPS.indexOf(c) >= 0)) {
        return open > 0 && isNameChar(text.charAt(open - 1)) ? nameStart(s, open) : open;
      }
    }
    int from = end;
    while (from > 0 && end - from < MAX_OWNED_NAME) {
      int open = innerBracketOpen(text, from - 1);
      if (isNameChar(text, from - 1)) {
        from--;
      } else if (open > 0 && isNameChar(text.charAt(open - 1))) {
        from = open;
      } else {
        break;
      }
    }
    if (from > 0 && text.charAt(from - 1) == LineShapes.CELL_GAP) {
      // 1	某某化合物半导体晶圆制造项目	某某有限公司: a table's cell holds the whole name, however HanLP cut its words
      return from;
    }
    int subject = ListItems.clauseSubjectStart(s, from, end);
    int words = subject >= 0 ? subject : ListItems.afterLastStop(s, from, end, false);
    int capacity = withCapacity(s, from, words);
    int begin = capacity >= 0 ? capacity : afterCompany(s, from, words);
    // 盐城/捷/创/储能科技有限公司储能电池项目: the place and own name of the company it names open the project's name
    boolean company = CompanyWords.LEGAL_SUFFIXES.stream().anyMatch(text.substring(begin, end)::contains);
    int start = company ? ListItems.registeredNameStart(s, from, begin) : begin;
    Matcher introduced = INTRODUCED_COMPANY.matcher(text.substring(start, end));
    int named = introduced.lookingAt() ? start + introduced.end() : start;
    // 某某高新区湖北某某有限公司某某项目: the zone is where the company is, no part of the project's name
    Span name = new Span(named, end);
    return (company ? EnterpriseExtractor.withoutZoneBeforeFirm(text, name)
        : EnterpriseExtractor.withoutZoneBefore(text, name)).begin();
  }

  /**
   * 某某新能源科技有限公司年产10GWh动力电池项目, 12英寸特色工艺晶圆项目, 3D打印钛合金粉末项目: a capacity or size glued before
   * the words of a name is part of it, and so is a company's legal name right before that. Where the name then
   * starts, or -1 when no such figure stands before {@code begin}.
   */
  private static int withCapacity(Sentence s, int from, int begin) {
    String text = s.text();
    int end = begin;
    while (end < text.length() && isLatin(text.charAt(end))) {
      end++;
    }
    Matcher capacity = CAPACITY.matcher(text).region(from, end);
    if (begin == from || !capacity.find()) {
      return -1;
    }
    int company = ListItems.afterLastStop(s, from, capacity.start(), false);
    String before = text.substring(company, capacity.start());
    return CompanyWords.endsWithLegalSuffix(before) ? company : capacity.start();
  }

  /**
   * 某某电子股份有限公司智能驾驶域控制器项目: right after a company's legal name, the few words before {@code begin}
   * are the project's too, though HanLP tags some as verbs (驾驶, 创新药, 氢/能); not words of investing (投资建设).
   * Where the company's name then starts, or {@code begin}.
   */
  private static int afterCompany(Sentence s, int from, int begin) {
    String text = s.text();
    int base = s.span().begin();
    for (String suffix : CompanyWords.LEGAL_SUFFIXES) {
      int at = text.lastIndexOf(suffix, begin - suffix.length());
      int companyEnd = at + suffix.length();
      if (at <= from || begin - companyEnd <= 0 || begin - companyEnd > MAX_WORDS_AFTER_COMPANY) {
        continue;
      }
      boolean projectWords = s.tokens().stream()
          .filter(t -> t.span().begin() - base >= companyEnd && t.span().end() - base <= begin)
          .allMatch(ProjectExtractor::isProjectWord);
      if (projectWords) {
        return ListItems.afterLastStop(s, from, at, false);
      }
    }
    return begin;
  }

  /**
   * 瑞丰稀土年产2万吨…三期项目正式开工, 晶越硅材料二期项目正在加紧建设, 渝驰智驾智能驾驶域控制器生产基地项目8月建成投产: a
   * project whose own clause opens with its name and says its stage or investment right after it is named from the
   * clause's start (or its 的: 某某高新区的秀湖光影夜游项目已进入试运行), the company's short name included, however HanLP
   * tagged the words before {@code begin} (年产/v, 晶/ag 越/d, 显示/v), so long as it opens with a noun, a character of a
   * name or a place, counts nothing, and none after is a function word, a time, a word of investing or of a stage, or
   * a place.
   */
  private static int clauseOpeningName(Sentence s, int begin, int end) {
    String text = s.text();
    int clauseStart = begin;
    // 某某高新区的秀湖光影夜游项目已进入试运行: what the name belongs to ends at 的
    while (clauseStart > 0 && CLAUSE_OPENERS.indexOf(text.charAt(clauseStart - 1)) < 0
        && text.charAt(clauseStart - 1) != OF) {
      clauseStart--;
    }
    if (clauseStart == begin || end - clauseStart > MAX_NAME + PROJECT.length() || !statedOf(text, end)
        || COUNTED.matcher(text.substring(clauseStart, end)).find()) {
      return begin;
    }
    int base = s.span().begin();
    int from = clauseStart;
    List<Token> before = s.tokens().stream()
        .filter(t -> t.span().end() - base > from && t.span().begin() - base < begin).toList();
    // 永川/ns 卫星/n 湖/n 夜游/v 街区/n 项目: a place may open the name, and only open it; not a zone's (某某/ns 高新区/nz
    // 举行四季度项目集中签约活动 says what the zone does)
    boolean placeOpens = !before.isEmpty() && ListItems.isPlace(before.get(0));
    List<Token> words = placeOpens ? before.subList(1, before.size()) : before;
    if (placeOpens && words.stream().anyMatch(ListItems::isZoneKind)) {
      return begin;
    }
    boolean named = !words.isEmpty() && before.get(0).span().begin() - base == clauseStart
        && (placeOpens || OPENING_TAGS.contains(words.get(0).pos()))
        && words.stream().allMatch(ProjectExtractor::isNameWord);
    return named ? clauseStart : begin;
  }

  /** The clause right after 项目 at {@code end} states the project's stage or investment (已投产, 总投资46亿元). */
  private static boolean statedOf(String text, int end) {
    int clauseEnd = end;
    while (clauseEnd < text.length() && STOPS.indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    String predicate = text.substring(end, clauseEnd);
    return predicate.contains("投资") || ProjectStatus.in(predicate).isPresent() || predicate.startsWith("正在");
  }

  /** A word of a name: no function word, time or place, nor a word of investing or of a stage; or a space. */
  private static boolean isNameWord(Token t) {
    // the normaliser leaves a space only between Latin words (Micro LED)
    return t.text().isBlank() || !FUNCTION_TAGS.contains(t.pos()) && !ListItems.isInvesting(t.text())
        && !ListItems.isLeftStopWord(t.text()) && !GENERIC_HEADS.contains(t.text())
        && ProjectStatus.in(t.text()).isEmpty();
  }

  /** A word a project's name may hold after its company's: not one of investing or of a stage (投资, 签约). */
  private static boolean isProjectWord(Token t) {
    // g…: HanLP's tags of technical terms (智能机器人/gi)
    return (WORD_TAGS.contains(t.pos()) || t.pos().startsWith("g")) && !ListItems.isInvesting(t.text())
        && !ListItems.isLeftStopWord(t.text());
  }

  /**
   * 某某新材料（钦州）有限公司某某项目, 第6代AMOLED（柔性）生产线项目: a short bracketed word inside a name is part of it.
   * Where the bracket closed at {@code close} opens, or -1.
   */
  private static int innerBracketOpen(String text, int close) {
    char c = text.charAt(close);
    if (c != '）' && c != ')') {
      return -1;
    }
    for (int open = close - 1; open >= 0 && close - open <= MAX_INNER_BRACKET + 1; open--) {
      char o = text.charAt(open);
      if (o == '（' || o == '(') {
        return close - open > 2 ? open : -1;
      }
      if (!Han.is(o)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "由某某公司投资建设的某某高端轴承项目", "总投资42亿元的某某产业园项目": after a clause saying who builds it or what it
   * costs, the name runs from the 的 to 项目, whatever HanLP made of its first characters (恒/ag 通/v 精密, 的梅山/ns).
   */
  private static int afterRelativeClause(String text, int begin, int at) {
    int de = text.lastIndexOf('的', at - 1);
    if (de < 0 || at - de > MAX_NAME || !RELATIVE_CLAUSE_END.matcher(text.substring(0, de)).find()) {
      return begin;
    }
    String between = text.substring(de + 1, at);
    return between.chars().anyMatch(c -> STOPS.indexOf(c) >= 0) ? begin : de + 1;
  }

  /**
   * Where the name starts when the few characters before {@code begin}, each a word of one character HanLP made of no
   * function word or adverb (泓/q, 刻/v, not 把/p, 将/d or 启动/v), follow its introduction; else {@code begin}.
   */
  private static int afterIntroduction(Sentence s, int begin) {
    String text = s.text();
    for (int cut = 1; cut <= MAX_CUT_OPENING && begin - cut > 0; cut++) {
      int opening = begin - cut;
      if (!Han.is(text.charAt(opening)) || !isCutCharacter(s, opening)) {
        return begin;
      }
      if (NAME_OPENS_AFTER.matcher(text).region(Math.max(0, opening - MAX_NAME), opening).find()) {
        return opening;
      }
    }
    return begin;
  }

  private static boolean isCutCharacter(Sentence s, int at) {
    int base = s.span().begin();
    return s.tokens().stream()
        .anyMatch(t -> t.span().begin() - base == at && t.span().length() == 1 && !FUNCTION_TAGS.contains(t.pos())
            && NOT_CUT_TAGS.indexOf(t.pos().charAt(0)) < 0);
  }

  /**
   * "某某服装数字化平台及智能制造项目": when the part before 及 opens with a proper name and names no
   * project of its own, the conjunction joins two parts of one project's name.
   */
  private static int withNameBeforeConjunction(Sentence s, int begin) {
    String text = s.text();
    if (begin < 3 || "及和与".indexOf(text.charAt(begin - 1)) < 0) {
      return begin;
    }
    int left = nameStart(s, begin - 1);
    String part = text.substring(left, begin - 1);
    boolean proper = s.tokens().stream()
        .filter(t -> t.span().begin() - s.span().begin() == left)
        .anyMatch(t -> PROPER_OPENING.contains(t.pos()));
    return part.length() >= 4 && proper && !part.endsWith(PROJECT) ? left : begin;
  }

  /**
   * A name character, or a plus sign joining name parts (泰康文旅+纪念园项目), a decimal point (第8.6代) or a space
   * between Latin words (Micro LED显示模组项目).
   */
  private static boolean isNameChar(String text, int i) {
    char c = text.charAt(i);
    boolean inside = i > 0 && i + 1 < text.length();
    return isNameChar(c) || c == '+' && i > 0 && isNameChar(text.charAt(i - 1))
        || c == '.' && inside && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))
        || c == ' ' && inside && isLatin(text.charAt(i - 1)) && isLatin(text.charAt(i + 1));
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetter(c);
  }

  private static boolean isNameChar(char c) {
    return Han.is(c) || Character.isLetterOrDigit(c);
  }

  /**
   * 某某高新区项目, 国家重大工程项目, 杭州市四季度重大产业项目: a zone or a region, a period, then qualifiers before 项目 name
   * no project.
   */
  private static boolean isGeneric(String name) {
    String bare = LEADING_ZONE.matcher(name).replaceFirst("");
    bare = bare.substring(Gazetteer.get().longestFullNameAt(bare, 0, 2));
    bare = LEADING_PERIOD.matcher(bare).replaceFirst("");
    return GENERIC.matcher(bare).matches() || GENERIC_TAIL.matcher(name).find();
  }

  /** 一批算力服务、工业软件、智能终端项目相继落地: what a batch of projects is of names kinds of projects, not one. */
  private static boolean listedAsABatch(Sentence s, int begin) {
    int first = begin;
    if (begin > 0 && s.text().charAt(begin - 1) == '、') {
      first = ListItems.endingAt(s, begin - 1, false).stream().mapToInt(Span::begin).min().orElse(begin);
    }
    return BATCH.matcher(s.text()).region(0, first).find();
  }

  /** "加快推进A、B项目建设": the items listed before a named project share its head. */
  private static void siblings(Sentence s, int begin, String status, List<Mention> out) {
    if (begin == 0 || s.text().charAt(begin - 1) != '、') {
      return;
    }
    for (Span item : ListItems.endingAt(s, begin - 1, false)) {
      String name = item.of(s.text()).replaceAll("\\s+", "");
      if (!name.endsWith(PROJECT) && !isGeneric(name + PROJECT)) {
        out.add(new Mention(EntityType.PROJECT, name, item.shift(s.span().begin()), s.index(), null, null, status));
      }
    }
  }

  /** "某某污水处理厂三期扩建工程已开工建设": works named by 工程 whose stage follows at once are projects. */
  private static void works(Sentence s, List<Mention> out) {
    Matcher m = WORKS.matcher(s.text());
    while (m.find()) {
      int begin = nameStart(s, m.start(1));
      String name = s.text().substring(begin, m.end(1)).replaceAll("\\s+", "");
      // 某某产业园项目主体工程 is part of a project, named on its own
      if (m.start(1) - begin >= 4 && !name.contains(PROJECT) && !isGeneric(name.substring(0, name.length() - 2) + PROJECT)) {
        String status = StatusFinder.after(s.text(), m.end(1)).map(ProjectStatus::label).orElse(null);
        out.add(new Mention(EntityType.PROJECT, name, new Span(begin, m.end(1)).shift(s.span().begin()), s.index(),
            null, null, status));
      }
    }
  }

  private void listed(Sentence s, List<Mention> out) {
    Matcher m = LIST_HEAD.matcher(s.text());
    while (m.find()) {
      Optional<ProjectStatus> inHead = ProjectStatus.in(m.group());
      List<Span> items = listItems(s, m.start());
      if (items.isEmpty() || APPLIED_FOR.matcher(clauseBefore(s.text(), items.get(0).begin())).find()
          || items.size() == 1 && items.get(0).length() < MIN_LONE_ITEM) {
        continue;
      }
      String status = inHead.or(() -> StatusFinder.after(s.text(), m.end()))
          .or(() -> StatusFinder.before(s.text(), items.get(0).begin())).map(ProjectStatus::label).orElse(null);
      for (Span listed : items) {
        Span item = withCompanyBefore(s.text(), listed);
        String name = item.of(s.text()).replaceAll("[\\s“”\"]", "");
        // 氢能装备、工业机器人等项目 are kinds of project; 蓝鲸储能、天合新材等项目, projects of two brands
        if (name.endsWith(PROJECT) || name.length() < 2 || IndustryWords.spellsOut(name)) {
          continue;
        }
        Span span = item.shift(s.span().begin());
        Optional<Span> owner = ProjectOwner.before(s, item.begin());
        owner.ifPresent(o -> out.add(Mention.of(EntityType.ENTERPRISE, o.of(s.text()), o.shift(s.span().begin()),
            s.index())));
        String enterprise = owner.map(o -> o.of(s.text()))
            .orElseGet(() -> CARRIER.matcher(name).find() ? null : companyPrefix(name).orElse(null));
        out.add(new Mention(EntityType.PROJECT, name, span, s.index(), null, enterprise, status));
        if (name.equals(enterprise)) {
          out.add(Mention.of(EntityType.ENTERPRISE, name, span, s.index()));
        }
      }
    }
  }

  /** The listed items; quoted titles right before 等 (“A”“B”等51个研发项目) are items each. */
  private static List<Span> listItems(Sentence s, int end) {
    List<Span> titles = new ArrayList<>();
    int at = end;
    while (at > 0 && s.text().charAt(at - 1) == '”') {
      int open = s.text().lastIndexOf('“', at - 1);
      if (open < 0 || at - open > MAX_TITLE) {
        break;
      }
      titles.add(0, new Span(open, at));
      at = open;
    }
    if (!titles.isEmpty()) {
      return titles;
    }
    return ListItems.endingAt(s, end, false).stream()
        .map(item -> new Span(ListItems.withChinaPaired(s.text(), item.begin()), item.end())).toList();
  }

  private static String clauseBefore(String text, int begin) {
    int from = begin;
    while (from > 0 && "，,。；;：:".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return text.substring(from, begin);
  }

  /** HanLP reads 某某制药 as a verb phrase: a business word just before the item belongs to it. */
  private static Span withCompanyBefore(String text, Span item) {
    for (String word : CompanyWords.BUSINESS_WORDS) {
      int at = item.begin() - word.length();
      if (at >= 2 && text.startsWith(word, at) && isHanRun(text, at - 2, at)) {
        return new Span(at - 2, item.end());
      }
    }
    return item;
  }

  private static boolean isHanRun(String text, int from, int to) {
    return text.substring(from, to).codePoints().allMatch(Han::is);
  }

  /** The company short name a listed project begins with: 某某制药 in 某某制药超大规模制剂, or the whole item. */
  private static Optional<String> companyPrefix(String name) {
    String best = null;
    for (String word : CompanyWords.BUSINESS_WORDS) {
      for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (at >= 2 && end <= 8 && isHanRun(name, 0, end) && (best == null || end > best.length())) {
          best = name.substring(0, end);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "某某项目是某某公司打造的", also after a clause in between when it restates 该项目; else the builder a later
   * clause names (建设单位为某公司).
   */
  private static String enterpriseAround(String text, int end) {
    String rest = text.substring(end);
    Matcher m = ENTERPRISE_BEFORE.matcher(rest);
    if (m.lookingAt()) {
      return m.group(1);
    }
    Optional<String> owner = ProjectOwner.after(rest);
    if (owner.isPresent()) {
      return owner.get();
    }
    m.reset();
    if (m.find() && rest.substring(0, m.start()).endsWith("该项目")) {
      return m.group(1);
    }
    return ProjectOwner.later(text.substring(end, StatusFinder.stopAfter(text, end))).orElse(null);
  }
}
