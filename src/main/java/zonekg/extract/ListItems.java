package zonekg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.enterprise.CompanyWords;

/**
 * The items of an enumeration ending at a given point: "培育出A、B和C等" → A, B, C. The first
 * item starts after the last verb, preposition or particle before it.
 */
public final class ListItems {
  private static final String HARD_STOPS = "、，,。；;：:！？!?“”\"《》【】\t";
  /** Parts of speech that end a noun phrase on its left: verbs, prepositions, particles, adverbs, pronouns. */
  private static final Set<String> LEFT_STOPS = Set.of("v", "vi", "vshi", "vyou", "vf", "vx", "p", "pba", "pbei",
      "u", "ude1", "ude2", "ude3", "ule", "uguo", "uzhe", "usuo", "c", "cc", "d", "r", "rr", "rz", "ry", "rzv", "ryv",
      "w", "f", "m", "mq", "q", "qv", "qt", "t", "udeng", "uyy", "udh", "uls", "uzhi", "ulian");
  /**
   * The bracket closing the day or tag that opens a digest's item (【11月4日】某某有限公司某某项目4日投产): a clause
   * begins after it, as after a clause mark.
   */
  public static final String DIGEST_ITEM_CLOSE = "】";
  /** What a clause's subject follows: a mark, the 的 closing a clause that describes it, or a digest item's bracket. */
  private static final String SUBJECT_OPENERS = ZoneKindReferences.CLAUSE_MARKS + "的" + DIGEST_ITEM_CLOSE;
  /** 中国— right before a name: China paired with the partner the name goes on with. */
  private static final Pattern CHINA_PAIRED = Pattern.compile("中国[—－-]$");
  /** Class nouns a registered name stands in apposition to (孵化器毕业企业某某科技有限公司): they are not in it. */
  private static final Set<String> APPOSITION_NOUNS = Set.of("企业", "单位", "龙头", "厂商", "客户", "公司");
  /** What a list item follows besides: the enumeration comma. */
  private static final String ITEM_OPENERS = SUBJECT_OPENERS + "、";
  /** Nouns a clause's subject may open with (a place, a brand, a thing). */
  private static final Set<String> SUBJECT_OPENING = Set.of("n", "nz", "ns", "nsf", "nt", "ntc", "nr", "nrf", "nx", "j");
  /** Tags of the words a subject name is made of: nouns, and the verbs, localisers and modifiers HanLP misreads in it. */
  private static final Set<String> SUBJECT_WORD_TAGS = Set.of("n", "nz", "ns", "nsf", "nt", "ntc", "nr", "nrf", "nx",
      "j", "ng", "nf", "gi", "gm", "gp", "v", "vn", "vi", "f", "a", "an", "b", "m");
  /** Words of investing, which HanLP may tag as nouns: a clause holding one says what is done, not what is named. */
  private static final Set<String> INVESTING = Set.of("投资", "投建", "新建", "扩建", "建设", "计划", "拟建", "共建");
  /** Verbs HanLP often tags as nouns (vn) but that never open a name: 建设X, 依托X. */
  private static final Set<String> LEFT_STOP_WORDS = Set.of("建设", "打造", "推进", "推动", "建立", "成立", "依托", "围绕",
      "引进", "搭建", "获批", "入选", "获评", "培育", "支持", "聚焦", "深化", "加快", "做强", "做大", "等", "位于", "是",
      "签约", "落地", "开工", "实施", "启动", "落户", "有", "为");
  /** Single characters that only open a phrase as a preposition or adverb (以X为, 在X). */
  private static final Set<String> SHORT_STOP_TAGS = Set.of("d", "p");
  /** Verbs that name a product's making inside its name (预制菜, 显示面板, 储能电池). */
  private static final Set<String> PRODUCT_VERBS = Set.of("预制", "显示", "储能", "制冷", "存储", "检测", "传感", "驱动");
  private static final Set<String> NOUN_TAGS = Set.of("n", "nz", "b", "ng", "nf", "nnt", "gm", "gi");
  private static final String BRACKETS = "()（）";
  private static final String DIRECTIONS = "东西南北";
  /** One-character verbs that complete the verb before them (培育/出, 建/成, 引/进) and never open a name. */
  private static final String COMPLEMENTS = "出成到入进上下来去起开好完为在给至";
  private static final Set<String> ORGANISATION_TAGS = Set.of("nt", "ntc", "nz");
  private static final String GLUED_PREPOSITIONS = "以在于将把由向从对为";
  private static final Set<String> PROPER_TAGS = Set.of("nr", "nrf", "nrj", "nz", "ns", "nsf", "nt", "ntc", "ng", "j");
  private static final Set<String> CONJUNCTIONS = Set.of("和", "及", "与", "以及");
  /** Where a thing is, said right before its name: 园区内, 综保区内, 区内. */
  private static final Pattern LOCATED = Pattern.compile("\\p{IsHan}{0,10}?[区园]内(?=[\\p{IsHan}A-Za-z]{2,})");
  /** The single characters a firm's own name is cut into: at most four (亿/纬/锂/能). */
  private static final int MAX_BRAND_PIECES = 4;
  /** The characters of a firm's own name, however HanLP cut them (钼/都, 云/算数/据): at most four. */
  private static final int MAX_BRAND_CHARS = 4;
  private static final Set<String> PLACE_TAGS = Set.of("ns", "nsf");
  /** Words HanLP may tag as places that name a kind of zone, no place: 开发区重点企业某某有限公司. */
  private static final Set<String> ZONE_KINDS = Set.of("开发区", "高新区", "经开区", "新区", "园区", "综保区", "保税区");
  /** Marks, particles, prepositions, conjunctions, adverbs and pronouns: never part of a firm's own name. */
  private static final Set<String> NOT_BRAND_TAGS = Set.of("w", "u", "ude1", "ude2", "ude3", "ule", "uzhe", "uguo",
      "p", "pba", "pbei", "c", "cc", "d", "r", "rr", "rz", "ry");
  private static final Set<String> BRAND_BREAKS = Set.of("的", "和", "与", "及", "在", "由", "将", "向", "从", "对", "为", "是");
  private static final int MAX_ITEM = 20;
  private static final String GENERATION_ORDINAL = "第";
  private static final String GENERATION = "代";
  /**
   * "今年以来，某某高新区A科技、B电子等": the zone opening the first item is the sentence's
   * subject. Parks and bases keep it (某某高新区信息通信产业基地 names a base of that zone).
   */
  private static final java.util.regex.Pattern LEADING_ZONE =
      java.util.regex.Pattern.compile("^\\p{IsHan}{2,8}?(?:高新区|经开区|开发区|综保区|新区)(?=\\p{IsHan}{2,})");
  private static final java.util.regex.Pattern CARRIER =
      java.util.regex.Pattern.compile("(?:园|园区|基地|中心|谷|城|港|大厦|项目|平台|实验室|研究院)$");

  private ListItems() {}

  /** Item spans of an enumeration of companies ending at {@code end}; a zone opening the first item is its subject. */
  public static List<Span> endingAt(Sentence sentence, int end) {
    return endingAt(sentence, end, true);
  }

  /**
   * Item spans, relative to the sentence, of the enumeration that ends at {@code end}. With
   * {@code dropLeadingZone} a zone opening the first item is read as the sentence's subject
   * (某某高新区A科技、B电子等企业); without it the zone stays part of the name, as it does in
   * projects and parks (某某高新区人民医院、市中心医院东院区等项目), unless a company's short
   * name follows it (某某高新区蓝鲸储能、…等项目).
   */
  public static List<Span> endingAt(Sentence sentence, int end, boolean dropLeadingZone) {
    String text = sentence.text();
    List<Span> items = new ArrayList<>();
    int pos = end;
    while (pos > 0) {
      int q = pos - 1;
      while (q >= 0 && HARD_STOPS.indexOf(text.charAt(q)) < 0) {
        q--;
      }
      if (q >= 0 && text.charAt(q) == '、') {
        items.addAll(splitConjunctions(sentence, new Span(q + 1, pos)));
        pos = q;
        continue;
      }
      int begin = afterLastStop(sentence, q + 1, pos - 2, true);
      String first = text.substring(begin, pos);
      java.util.regex.Matcher zone = LEADING_ZONE.matcher(first);
      if (!CARRIER.matcher(first).find() && zone.lookingAt()
          && (dropLeadingZone || isCompanyShortName(first.substring(zone.end())))) {
        begin += zone.end();
      }
      if (begin < pos) {
        items.addAll(splitConjunctions(sentence, new Span(begin, pos)));
      }
      break;
    }
    Collections.reverse(items);
    return items.stream().filter(s -> s.length() >= 2 && s.length() <= MAX_ITEM).toList();
  }

  /** Where the noun phrase ending at {@code end} begins, at or after {@code from}. */
  public static int afterLastStop(Sentence sentence, int from, int end) {
    return afterLastStop(sentence, from, end, true);
  }

  /**
   * Where the noun phrase ending at {@code end} begins; with {@code verbsStop} false only the verbs
   * of {@link #LEFT_STOP_WORDS} end it, for names HanLP cuts into verbs (某某智/造新能源电机项目).
   */
  public static int afterLastStop(Sentence sentence, int from, int end, boolean verbsStop) {
    int base = sentence.span().begin();
    int begin = from;
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      if (tb >= from && te <= end && isStop(tokens, i) && (verbsStop || !gluedVerb(tokens, i))) {
        begin = Math.max(begin, te);
      } else if (tb >= from && tb < end && gluedOpener(t) > 0) {
        begin = Math.max(begin, tb + gluedOpener(t));
      }
      int particle = swallowedParticle(t, end - tb);
      if (particle >= 0 && tb + particle >= from) {
        begin = Math.max(begin, tb + particle + 1);
      }
    }
    return begin;
  }

  /**
   * A legal name opens with its place, then the firm's own name, which HanLP rarely knows and cuts into single
   * characters that look like verbs, numerals or localisers (盐城/捷/创/储能科技有限公司, 惠州/亿/纬/锂/能股份有限公司,
   * 绍兴/中/芯/集成电路…). Where up to {@link #MAX_BRAND_PIECES} such characters lie between {@code begin} and
   * places (青海/柴达木/锂/能/新材料有限公司), the name starts at the first place; otherwise at {@code begin}.
   */
  public static int placeBeforeBrand(Sentence s, int from, int begin) {
    int base = s.span().begin();
    List<Token> tokens = s.tokens();
    int i = tokens.size() - 1;
    while (i >= 0 && tokens.get(i).span().begin() - base >= begin) {
      i--;
    }
    int pieces = 0;
    while (i >= 0 && tokens.get(i).span().begin() - base >= from && isBrandPiece(tokens.get(i))
        && pieces < MAX_BRAND_PIECES) {
      pieces++;
      i--;
    }
    int start = -1;
    while (pieces > 0 && i >= 0 && tokens.get(i).span().begin() - base >= from
        && isPlace(tokens.get(i))) {
      start = tokens.get(i).span().begin() - base;
      i--;
    }
    return start >= 0 ? start : begin;
  }

  /**
   * Where a registered name begins, given where its words seem to begin: as {@link #placeBeforeBrand}, or, when
   * HanLP cut the firm's own name into words that look like anything (洛阳/钼/都/新材料有限公司,
   * 贵州/云/算数/据/服务有限公司), at the places right before up to {@link #MAX_BRAND_CHARS} characters of it.
   */
  public static int registeredNameStart(Sentence s, int from, int begin) {
    String text = s.text();
    if (begin > from && begin < text.length() && "（(".indexOf(text.charAt(begin)) >= 0) {
      // 联想/v（武汉）有限公司: a registered name never opens with its bracketed place; the firm's own name is before it
      int start = begin;
      while (start > from && begin - start < MAX_BRAND_CHARS && isBrand(text.substring(start - 1, start))) {
        start--;
      }
      return start;
    }
    int byPieces = placeBeforeBrand(s, from, begin);
    if (byPieces < begin || startsWithPlace(s, begin)) {
      return byPieces;
    }
    int base = s.span().begin();
    List<Token> tokens = s.tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      int placeEnd = tokens.get(i).span().end() - base;
      if (placeEnd < begin - MAX_BRAND_CHARS || tokens.get(i).span().begin() - base < from) {
        break;
      }
      if (placeEnd < begin && isPlace(tokens.get(i)) && isBrand(text.substring(placeEnd, begin))) {
        int start = i;
        while (start > 0 && tokens.get(start - 1).span().begin() - base >= from
            && isPlace(tokens.get(start - 1))) {
          start--;
        }
        return tokens.get(start).span().begin() - base;
      }
    }
    return begin;
  }

  /** Whether HanLP tagged {@code t} a place's name (ns, nsf), and it is not a bare kind of zone. */
  public static boolean isPlace(Token t) {
    return PLACE_TAGS.contains(t.pos()) && !ZONE_KINDS.contains(t.text());
  }

  /** Whether {@code t} is a bare kind of zone (高新区, 经开区, 园区 …). */
  public static boolean isZoneKind(Token t) {
    return ZONE_KINDS.contains(t.text());
  }

  private static boolean startsWithPlace(Sentence s, int at) {
    int base = s.span().begin();
    return s.tokens().stream().anyMatch(t -> t.span().begin() - base == at && isPlace(t));
  }

  private static boolean isBrand(String chars) {
    return chars.codePoints().allMatch(c -> Han.is(c) && !BRAND_BREAKS.contains(Character.toString(c)));
  }

  private static boolean isBrandPiece(Token t) {
    return t.text().length() == 1 && isBrand(t.text()) && !NOT_BRAND_TAGS.contains(t.pos());
  }

  /**
   * HanLP's organisation recogniser can swallow a whole relative clause (常州高新区共建的常州智能制造研究院/nt):
   * where, before {@code limit}, such a token holds 的, or -1. A name goes on after it.
   */
  private static int swallowedParticle(Token t, int limit) {
    // a two-character word ending in 的 is a brand (美的), not a clause
    return ORGANISATION_TAGS.contains(t.pos()) && limit > 0 && t.text().length() > 2
        ? t.text().lastIndexOf('的', limit - 1) : -1;
  }

  /**
   * One-character "verbs" and classifiers right after a proper name are usually more of the name
   * (某某智/造, 上海/爱/餐机器人), and so is a two-character verb between a proper name and the organisation
   * word the name ends in (泰富/重装/集团有限公司).
   */
  private static boolean gluedVerb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!(t.pos().startsWith("v") || t.pos().startsWith("q")) || LEFT_STOP_WORDS.contains(t.text()) || i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (t.text().length() == 1) {
      return glued(tokens, i - 1) && (PROPER_TAGS.contains(prev.pos()) || gluedVerb(tokens, i - 1)
          || verbInsideName(tokens, i) && nameOpening(tokens, i - 1));
    }
    return t.text().length() == 2 && t.pos().startsWith("v") && i + 1 < tokens.size() && glued(tokens, i - 1)
        && glued(tokens, i) && PROPER_TAGS.contains(prev.pos()) && ORGANISATION_TAGS.contains(tokens.get(i + 1).pos());
  }

  /**
   * HanLP's organisation recogniser swallows the verb or preposition before a name
   * (推进中欧装备制造/nt, 以海西股权投资中心/nt): the length of that glued opener, or 0.
   */
  private static int gluedOpener(Token t) {
    if (!ORGANISATION_TAGS.contains(t.pos())) {
      return 0;
    }
    for (String w : LEFT_STOP_WORDS) {
      if (w.length() >= 2 && t.text().startsWith(w) && t.text().length() - w.length() >= 3) {
        return w.length();
      }
    }
    return GLUED_PREPOSITIONS.indexOf(t.text().charAt(0)) >= 0 && t.text().length() >= 5 ? 1 : 0;
  }

  /**
   * 某某新能源汽车一体化压铸项目于8月投产, 位于某片区的中国东南大数据产业园已入驻…: where the name ending at {@code end}
   * begins when it opens its clause (after a mark, or after the 的 of a clause describing it) with a noun and holds
   * only name words, so that it is the clause's subject and the one-character verbs and localisers HanLP cuts from
   * its words (压/铸, 衬/底, 氢/能, 东南) are its own; -1 when it is no such name. A clause opening with a verb
   * (完成某某项目), or holding a verb of two characters (某新区坚持项目为王) or a function word, is none.
   */
  public static int clauseSubjectStart(Sentence s, int from, int end) {
    return clauseSubjectStart(s, from, end, t -> false);
  }

  /**
   * As {@link #clauseSubjectStart(Sentence, int, int)}, where also the verbs of two characters {@code ownVerb} accepts
   * are words of the name (秦港/nr 保税/v 物流园, 光谷/nz 显示/v 产业孵化园: a field's words in a park's name).
   */
  public static int clauseSubjectStart(Sentence s, int from, int end, Predicate<Token> ownVerb) {
    return wholeNameStart(s, from, end, SUBJECT_OPENERS, t -> subjectWord(t) || ownVerb.test(t));
  }

  /**
   * 、中国第二重型机械集团有限公司高端锻件项目, 、本源量子计算科技（合肥）股份有限公司等: where a registered name ending at
   * {@code end} begins when it fills its clause or list item up to there, opening with a noun; inside such a name
   * even ordinals and verbs of two characters are its own words (第二, 计算). -1 when it is no such name.
   */
  public static int legalNameStart(Sentence s, int from, int end) {
    return wholeNameStart(s, from, end, ITEM_OPENERS, ListItems::legalNameWord);
  }

  private static int wholeNameStart(Sentence s, int from, int end, String openers, Predicate<Token> nameWord) {
    String text = s.text();
    int start = from;
    for (int i = end - 1; i >= from; i--) {
      if (openers.indexOf(text.charAt(i)) >= 0) {
        start = i + 1;
        break;
      }
    }
    if (start == from && from > 0 && openers.indexOf(text.charAt(from - 1)) < 0) {
      return -1;
    }
    int base = s.span().begin();
    int opening = start;
    List<Token> inside = s.tokens().stream()
        .filter(t -> t.span().begin() - base >= opening && t.span().end() - base <= end).toList();
    boolean whole = !inside.isEmpty() && inside.get(0).span().begin() - base == start
        && inside.get(0).text().length() >= 2 && SUBJECT_OPENING.contains(inside.get(0).pos())
        && inside.stream().allMatch(nameWord);
    return whole ? start : -1;
  }

  /**
   * 中国—东盟信息港, 中国—上海合作组织地方经贸合作示范区: China and its partner, joined by a dash, open a name that
   * HanLP's punctuation token would cut after the dash. Where the name then begins.
   */
  public static int withChinaPaired(String text, int begin) {
    Matcher paired = CHINA_PAIRED.matcher(text).region(0, begin);
    return paired.find() ? paired.start() : begin;
  }

  /** A verb that ends the phrase before a name and never opens one (建设, 签约, 落户 …). */
  public static boolean isLeftStopWord(String word) {
    return LEFT_STOP_WORDS.contains(word);
  }

  /** A word of investing (投资, 新建, 建设 …): one says what is done to a thing, not what it is called. */
  public static boolean isInvesting(String word) {
    return INVESTING.contains(word);
  }

  private static boolean legalNameWord(Token t) {
    return (SUBJECT_WORD_TAGS.contains(t.pos()) || t.pos().equals("mq")) && !LEFT_STOP_WORDS.contains(t.text())
        && !INVESTING.contains(t.text()) && !APPOSITION_NOUNS.contains(t.text());
  }

  private static boolean subjectWord(Token t) {
    boolean verb = t.pos().equals("v") || t.pos().equals("vi");
    return SUBJECT_WORD_TAGS.contains(t.pos()) && (!verb || t.text().length() == 1)
        && !LEFT_STOP_WORDS.contains(t.text()) && !INVESTING.contains(t.text());
  }

  /**
   * Where a name starting at {@code begin} really starts when HanLP glued the particle of a relative clause to the
   * place that opens it (投资建设的/滨海 → 的滨海/ns, 一河之隔的/燕郊 → 的燕郊/ns): after the 的.
   */
  public static int afterGluedParticle(String text, int begin) {
    return text.charAt(begin) == '的' ? begin + 1 : begin;
  }

  /**
   * Where a name starting at {@code begin} really starts: after where the thing is, said right before its name
   * (综保区内某某有限公司, 区内某某项目), which is no part of it; HanLP may have glued that 内 to the name's place
   * (园区/内东莞/ns).
   */
  public static int afterLocation(String text, int begin, int end) {
    Matcher located = LOCATED.matcher(text).region(begin, end);
    if (located.lookingAt()) {
      return located.end();
    }
    boolean gluedInside = begin > 0 && "区园".indexOf(text.charAt(begin - 1)) >= 0 && text.startsWith("内", begin)
        && !text.startsWith("内蒙古", begin);
    return gluedInside && begin + 1 < end ? begin + 1 : begin;
  }

  /** HanLP reads 经开区 as the preposition 经 before 开区: that 经 is part of a zone's name (某某经开区孵化器). */
  private static boolean opensZoneWord(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).text().equals("经") && tokens.get(i + 1).text().startsWith("开区");
  }

  /** Brackets inside a name (某某(山东)工程机械公司) do not end it. */
  private static boolean isStop(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (BRACKETS.contains(t.text()) || nameOpening(tokens, i) || numeralInsideName(tokens, i) || joiningPlus(tokens, i)
        || productVerb(tokens, i)
        || generationInsideName(tokens, i) || classifierInsideName(tokens, i) || opensZoneWord(tokens, i)
        || regionByDirection(tokens, i)) {
      return false;
    }
    return LEFT_STOPS.contains(t.pos()) || CONJUNCTIONS.contains(t.text()) || LEFT_STOP_WORDS.contains(t.text())
        || t.text().length() == 1 && (SHORT_STOP_TAGS.contains(t.pos()) || resultative(tokens, i));
  }

  /**
   * 食品/n 预制/v 菜/n 产业园项目, 新型/b 显示/v 面板: a verb HanLP reads inside the name of a product between two nouns
   * is a word of the product, no verb of the sentence.
   */
  private static boolean productVerb(List<Token> tokens, int i) {
    return i > 0 && i + 1 < tokens.size() && PRODUCT_VERBS.contains(tokens.get(i).text())
        && NOUN_TAGS.contains(tokens.get(i - 1).pos()) && NOUN_TAGS.contains(tokens.get(i + 1).pos());
  }

  /**
   * HanLP splits a name's first character off as a localiser or a one-character verb (推进/中/国信创谷,
   * 推动/算/谷科技园, 、/中/韩高端装备产业园, 培育出/思/锐光电), or tags a name's opening word as a
   * localiser (推动/西部/智算中心项目). A localiser follows a noun and a verb rarely follows a verb,
   * a conjunction, a mark or 的 directly, so after those such a token opens the name.
   */
  private static boolean nameOpening(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (listedVerbOpeningOrganisation(tokens, i)) {
      return true;
    }
    boolean localiser = t.pos().equals("f");
    if (!localiser && (t.text().length() != 1 || !t.pos().startsWith("v")) || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (t.pos().startsWith("v") && COMPLEMENTS.indexOf(t.text().charAt(0)) >= 0) {
      return false;
    }
    boolean innerVerb = verbInsideName(tokens, i + 1);
    boolean opensName = glued(tokens, i) && Han.only(next.text()) && (!next.pos().startsWith("v") || innerVerb)
        && (!LEFT_STOPS.contains(next.pos()) || isLoneNumeral(next) || innerVerb) && !LEFT_STOP_WORDS.contains(t.text());
    if (!opensName) {
      return false;
    }
    if (i == 0) {
      return t.pos().equals("f");
    }
    Token prev = tokens.get(i - 1);
    // 总投资50亿元的/中/车时代半导体项目: a one-character localiser right after 的 locates nothing
    // 其中/中/原动力科技有限公司: nor does one right after a pronoun, 作为/中/韩（盐城）产业园 a preposition;
    // but 位于某某高新区的/西部/智能终端创新研究院: a region by its direction after 的 opens the name
    return prev.pos().equals("w") || prev.pos().startsWith("c") || prev.pos().startsWith("v")
        && (prev.text().length() >= 2 || COMPLEMENTS.contains(prev.text()))
        || localiser && t.text().length() == 1
        && (prev.pos().equals("ude1") || prev.pos().startsWith("r") || prev.pos().startsWith("p"))
        || localiser && t.text().length() == 2 && DIRECTIONS.indexOf(t.text().charAt(0)) >= 0
        && prev.pos().equals("ude1");
  }

  /**
   * 甬/东 智能装备产业园, 皖/北 某某产业园: a place's one-character short name and a direction glued to it name a region
   * (as 苏北 and 浙东 do), which opens the name; HanLP reads the direction as a localiser.
   */
  private static boolean regionByDirection(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i == 0 || !t.pos().equals("f") || t.text().length() != 1 || DIRECTIONS.indexOf(t.text().charAt(0)) < 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return prev.text().length() == 1 && Han.only(prev.text()) && !LEFT_STOPS.contains(prev.pos())
        && !SHORT_STOP_TAGS.contains(prev.pos()) && glued(tokens, i - 1);
  }

  /** 某某有限公司、修正/药业集团股份有限公司: a list item does not open with a verb, so one glued to an organisation opens it. */
  private static boolean listedVerbOpeningOrganisation(List<Token> tokens, int i) {
    return i > 0 && i + 1 < tokens.size() && tokens.get(i).pos().startsWith("v") && tokens.get(i - 1).text().equals("、")
        && glued(tokens, i) && ORGANISATION_TAGS.contains(tokens.get(i + 1).pos());
  }

  /** 、/中/创/新航科技…: a one-character verb glued between a localiser and a noun is inside a name. */
  private static boolean verbInsideName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.text().length() == 1 && t.pos().startsWith("v") && i > 0 && tokens.get(i - 1).pos().equals("f")
        && i + 1 < tokens.size() && glued(tokens, i) && tokens.get(i + 1).pos().startsWith("n");
  }

  /** 中一光学: a lone numeral character between name characters, with no classifier after it, is part of the name. */
  private static boolean numeralInsideName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!isLoneNumeral(t) || i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return nameOpening(tokens, i - 1) && next.pos().startsWith("n") && Han.only(next.text());
  }

  /** 国家第三代半导体技术创新中心 (第/三/代半导体…): 第 and the numeral of a generation belong to the name. */
  private static boolean generationInsideName(List<Token> tokens, int i) {
    for (int ordinal = i; ordinal >= Math.max(0, i - 2); ordinal--) {
      if (ordinal + 2 < tokens.size() && tokens.get(ordinal).text().equals(GENERATION_ORDINAL)
          && tokens.get(ordinal + 1).pos().startsWith("m") && tokens.get(ordinal + 2).text().startsWith(GENERATION)
          && glued(tokens, ordinal) && glued(tokens, ordinal + 1)) {
        return true;
      }
    }
    return false;
  }

  /** 电池组/件: a classifier glued between two nouns, with no numeral before it, is a character of a name. */
  private static boolean classifierInsideName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.pos().startsWith("q") || i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return prev.pos().startsWith("n") && Han.only(prev.text()) && Han.only(tokens.get(i + 1).text())
        && tokens.get(i + 1).pos().startsWith("n") && glued(tokens, i - 1) && glued(tokens, i);
  }

  private static boolean glued(List<Token> tokens, int i) {
    return tokens.get(i).span().end() == tokens.get(i + 1).span().begin();
  }

  /** 某某文旅+纪念园: a plus sign glued between two name parts joins them. */
  private static boolean joiningPlus(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.text().equals("+") && i > 0 && i + 1 < tokens.size() && Han.only(tokens.get(i - 1).text())
        && Han.only(tokens.get(i + 1).text()) && glued(tokens, i - 1) && glued(tokens, i);
  }

  /** 做/强, 做/大: a one-character adjective right after a one-character verb completes the verb. */
  private static boolean resultative(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.pos().startsWith("a") || i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return prev.pos().startsWith("v") && prev.text().length() == 1 && !nameOpening(tokens, i - 1);
  }

  private static boolean isCompanyShortName(String name) {
    return CompanyWords.BUSINESS_WORDS.stream().anyMatch(w -> name.endsWith(w) && name.length() > w.length());
  }

  private static boolean isLoneNumeral(Token t) {
    return t.pos().equals("m") && t.text().length() == 1 && "一二三四五六七八九十".contains(t.text());
  }


  /** A、B和C: the last item holds two names joined by a conjunction. */
  private static List<Span> splitConjunctions(Sentence sentence, Span item) {
    int base = sentence.span().begin();
    List<Span> out = new ArrayList<>();
    int end = item.end();
    for (int i = sentence.tokens().size() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      int tb = t.span().begin() - base;
      int te = t.span().end() - base;
      if (tb > item.begin() && te < end && CONJUNCTIONS.contains(t.text()) && t.pos().startsWith("c")) {
        out.add(new Span(te, end));
        end = tb;
      }
    }
    out.add(new Span(item.begin(), end));
    return out;
  }
}
