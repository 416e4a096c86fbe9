package zonekg.extract.statistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Span;
import zonekg.doc.StatKind;
import zonekg.doc.Token;
import zonekg.extract.FirstCharPattern;
import zonekg.extract.ListItems;
import zonekg.extract.enterprise.CompanyWords;

/**
 * Names what a number measures with the shortest noun phrase its clause allows: "服务业增加值实现
 * 738.6亿元，同比增长7.9%" → 服务业增加值, 服务业增加值增速; "集聚高新技术企业2057家" → 高新技术企业数量;
 * "占济南市比重达27.5%" → X占济南市比重; "比山东省增速高1.9个百分点" → X增速高于山东省; "居济南市首位" → X济南市排名.
 */
public final class IndicatorBuilder {
  private static final Pattern LEAD = Pattern.compile("^(?:[，,、；;：:）)\\-—~～]|该(?:高新区|新区|园区|开发区|区|市|公司|企业|活动|计划|项目|平台)|其中|同时|此外|另外|以及|并且|且|而|已经|已|共计|共|合计|总计|[前后]者将?"
      + "|[和与及](?=$)|全年|均|也|还|都|分别|了|的|从(?!业)|到(?![位账岸港期店])|向上|目前|当前|全区|该区|该园区|本区|园区|高新区|新区|经开区|综保区|实验区|合作区|片区|综改区|示范区|拥有|集聚|聚集|共有|实现了?|达到|以(?![上下来])"
      + "|(?:本报[^，,。]{0,8}?讯|新华社[^，,。]{0,8}?电)\\s*|" + CompanyWords.PROJECT_ROLE
      + "|对于|通过|由|其|内的?(?=[\\p{IsHan}])|同期|预计|力争|确保|争取|有望|计划|我们的?|这个|这些|“(?=[^”]*$))+");
  /** What may end an indicator and is no part of it; its first characters, where alone a match can start. */
  private static final FirstCharPattern TRAIL = new FirstCharPattern(Pattern.compile("(?:实现了?|达到了?|完成了?|(?<![雷到送表传抵发通直下])达|为|是|有|共计|共|(?<![累合总共])计|保持在|稳定在|在|至|到|增至|已|了|(?<![平年])均|分别"
      + "|约占|约|近|超|的|(?<![许认])可|力争|争取|预计|有望|各|[，,、；;：:（(“])+$"),
      "实达完为是有共计保稳在至到增已了均分约近超的可力争预各，,、；;：:（(“");
  /**
   * Brackets that say nothing of what is measured: one the subject's short name was hidden from (某某公司（以下简称“”）营业收入,
   * （）出口额, 【】), and a photo credit the caption left in the text (（摄影某某）实现产值).
   */
  private static final Pattern EMPTIED_BRACKET =
      Pattern.compile("[（(](?:以下)?(?:简称)?[“”\"]*[）)]|【[^】]{0,16}】|[（(](?:摄影|图片|记者)[^（）()]{0,12}[）)]");
  /** A short bracket after a name (某某高新区（滨江）, 某某开发区（头屯河区）): the name's district or another name of it. */
  private static final Pattern NAME_BRACKET = Pattern.compile("[（(][^（）()\\d，,。；;]{1,8}[）)]");
  private static final Pattern GROWTH_TAIL = Pattern.compile("(?:同比|环比)?(?:增长|增速为?|增幅为?|上涨|提高|提升)了?$");
  private static final Pattern GROWTH_NAMED = Pattern.compile("(?:增速|增幅|增长率|增长)$");
  private static final Pattern COUNT_NAMED = Pattern.compile("(?:(?<!指)数|数量|总数|总量|人次|量|规模|人数|个数|户数|家数|场次|(?<=平均)水平)$");
  /** Units whose count has a name of its own: 6届 → 届数, 两轮 → 轮数, 500场次 → 场次. */
  private static final java.util.Map<String, String> COUNT_NAMES = java.util.Map.of("届", "届数", "轮", "轮数",
      "场次", "场次", "场", "场次", "次", "次数", "人次", "人次", "万人次", "人次");
  private static final Set<String> PERSON_UNITS = Set.of("人", "万人", "名", "万名");
  /** People counted as a group of their own (人才, 人员) are a 数量; other people counted are a 人数. */
  private static final Pattern PERSONS_NAMED = Pattern.compile("(?:人才|人员|员工|职工|者|家|师|生)$");
  private static final Set<String> GENERIC = Set.of("数量", "总量", "规模", "增速", "增幅", "总额", "占比", "比重", "总数",
      "总投资", "投资总额", "投资额", "总产值");
  /** "比重提高", "占比下降": a share and the verb of its change, as a difference in percentage points states it. */
  private static final Pattern SHARE_CHANGE =
      Pattern.compile("^(.*(?:比重|占比|比例|率|强度))(提高|提升|增加|上升|下降|降低|回落|减少)了?$");
  /** What a compared period leaves once hidden (比上年同期 → 比同期, 较2019年 → 较): never part of an indicator. */
  private static final Pattern BASE_REMNANT =
      Pattern.compile("(?:同比|环比|相比|相较|比|较)(?:同期)?(?=$|增|下|减|提|回|降|上|改|优|缩|压|净)");
  /** "较2019年增长35%": a base other than the year before, which the indicator keeps. */
  private static final Pattern OTHER_BASE = Pattern.compile("(?:比|较)(\\d{4}年(?:同期)?)");
  /** "增速约为全省的": the words from the verb of a multiple on name the reference, not the figure. */
  private static final Pattern MULTIPLE_VERB = Pattern.compile("(?:约|大约)?(?:是|为|达到?|相当于).*$");
  /** Where a comparison starts in the words before its number: 比…, 较…. */
  private static final Pattern COMPARISON_ON = Pattern.compile("(?:比|较|相比|相较).*$");
  /** 比上年缩短, 较年初减少: a change against a base, with nothing of its own named in the clause. */
  private static final Pattern CHANGE_AGAINST =
      Pattern.compile("(?:比|较)[^，,；;。\\d]{1,10}?(?:缩短|压缩|减少|延长|增加|下降|上升|提高|提升)了?$");
  /** What is left of such a clause once its period is hidden: 比缩短. */
  private static final Pattern BARE_CHANGE = Pattern.compile("[比较]\\p{IsHan}{1,2}");
  /** Verbs of a fall: the rate they state is named a 降幅 or a 幅度 of the verb, never a 增速. */
  private static final String DECLINE_VERBS = "(下降|降低|回落|下滑|减少|缩短|压缩|优化|改善)";
  private static final Pattern DECLINE_TAIL = Pattern.compile("(?:平均|累计|同比|环比)*" + DECLINE_VERBS + "了?$");
  /** "分别下降3%和4%": the verb of a fall that a list of rates after 分别 shares. */
  private static final Pattern LISTED_DECLINE = Pattern.compile("分别(?:同比|环比)?" + DECLINE_VERBS);
  /** "总投资51.5亿元的17个循环产业链项目": the money is that of the noun phrase after 的. */
  private static final Pattern INVESTMENT = Pattern.compile("(?:总投资|计划投资|协议投资|投资总额|投资)$");
  /** What links an investment to what it is spent on: 的, 建设的, or a verb of building (投资36亿元建设某某项目). */
  private static final Pattern INVESTED_IN = Pattern.compile("(?:建设|打造|兴建|新建|扩建|实施)?的|建设|打造|兴建|新建|扩建");
  private static final Pattern COUNTED_PREFIX = Pattern.compile("^[\\d.一二两三四五六七八九十百千万]+(?:余|多)?[个家项批座所条]");
  private static final int MAX_OWNER = 14;
  private static final int MAX_PROJECT_NAME = 30;
  /** "新增上市企业3家，累计达到28家": a running total alone counts what the clause before counted afresh. */
  private static final String RUNNING_TOTAL = "累计";
  private static final String RATE = "增速";
  private static final Pattern AVERAGE = Pattern.compile("年均|年平均|平均|月均");
  private static final Pattern CHOSEN = Pattern.compile("^(\\p{IsHan}{1,8}?)(入选|获评|获批|上榜)[，,；;。]?$");
  private static final List<String> RATE_NAMES = List.of(RATE, "降幅", "增幅");
  private static final String RESPECTIVELY = "分别";
  private static final Set<String> SIZE_WORDS = Set.of("总量", "规模", "总额");
  /** A count of what changed (规上企业增加数量), not of what there is. */
  private static final Pattern CHANGE_NAMED = Pattern.compile("(?:增加|新增|净增|净增加|减少|净减少)数量$");
  /**
   * A change alone, its base (较上年末, 较去年同期) hidden as a period or not: 较净增, 较同期净增, 较年初净增, 新增, 减少,
   * 比多 (比上年末多87家, read as 增加).
   */
  private static final Pattern CHANGE_ALONE =
      Pattern.compile("(?:较|比|同比)?(?:(?:上|去)?年(?:初|末|底|同期)|同期)?"
          + "(净增|净增加|新增|增加|减少|净减少|(?<=比|同期|年初|年末|年底)多|(?<=比|同期|年初|年末|年底)少)");
  /** 高新技术企业比多, 企业数量比增加, their base (上年末, 2023年) hidden as a period: the noun and how it changed. */
  private static final Pattern CHANGE_AFTER_NOUN = Pattern.compile("^(\\p{IsHan}{2,}?)(?:较|比)(?:同期)?(多|少|净增|新增|增加|减少)$");
  private static final Pattern ABOVE_LEVEL = Pattern.compile("(?:高于|低于|超过|超出|多于|少于)\\p{IsHan}*水平");
  private static final Pattern STOCK_WORD = Pattern.compile("(?:数量|总数|总量|规模)$");
  private static final String PROJECT = "项目";
  private static final Pattern FRESH = Pattern.compile("^新(?:增|引进|培育|认定|签约|落地|设立|注册|开工)");
  /** "地区生产总值（GDP）" → GDP; the full name stops at words that join it to the rest of the clause. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("[\\u4e00-\\u9fa5&&[^占比的为和与及对]]{2,8}[（(]([A-Za-z]{2,8})[）)]");
  private static final Pattern REGION = Pattern.compile("(?:全国|全省|全市|该市|该省|本市|本省|[一-龥]{1,5}?(?:省|市|自治区|县))级?");
  private static final Pattern TRAILING_REGION = Pattern.compile(
      "(?:全国|全省|全市|该市|该省|本市|本省|[一-龥]{1,5}?(?:省|市|自治区|县|区))$");
  private static final Pattern SUPERLATIVE_PLACE = Pattern.compile(
      "(?:全国|全省|全市|全球|世界|国内|中国|我国|亚洲|[一-龥]{2,5}?(?:省|市))(?:北方|南方|东部|西部|中部|东北|西北|西南)?$");
  private static final Pattern RANK_VERB = Pattern.compile("(?:分列|位居|位列|名列|排名|位次|排在|稳居|跃居|跻身|位于|居|列|排)");
  /** 排名由第30位升至, 位次上升4位至: the move that led to a place says nothing of what is ranked, nor where. */
  private static final Pattern MOVED_TO = Pattern.compile(
      "(?:由第?[\\d一二三四五六七八九十]+位?)?(?:上升|下降|提升|前进|前移|后移|后退|跃升|升|降)了?(?:[\\d一二三四五六七八九十]+(?:位|名|个位次))?[至到]$");
  /**
   * 在全省开发区外资外贸考核中, 发布了全市开发区综合评价结果: the evaluation whose places a sentence gives, which is what a
   * place that names nothing of its own ranks.
   */
  private static final Pattern EVALUATION = Pattern.compile("(?:在|据|根据|发布|公布|揭晓|^|[，,；;])了?"
      + "([^，,。；;：:“”\\[\\]【】]{2,36}?(?:评价|考核|考评|评估|评比|测评|排行榜|榜单))(?:结果)?(?:中|里|显示|[，,]|$)");
  /** The characters of an evaluation's name that say what kind it is: 考核评价, 综合评价, 绩效评估. */
  private static final int EVALUATION_WORD = 4;
  /** 科技部最新一期, 火炬中心发布的, 2024年: who made the evaluation and when, which its name leaves out. */
  private static final Pattern EVALUATION_SOURCE =
      Pattern.compile("^(?:.*(?:的|最新一期|最新|近日|日前|本次|此次|上一?次|发布|公布|揭晓))?(?:\\d{4}年度?)?");
  private static final Pattern DOUBLE_VERB = Pattern.compile("(?:实现|获得|取得|保持|位列|位居|居|夺得)");
  private static final Pattern FULFILMENT = Pattern.compile("完成([^，,；;。]*?)目标的?$");
  /** "A有限公司、B有限公司等外资企业进出口额": the companies only exemplify the class the figure is of. */
  private static final Pattern COMPANY_EXAMPLES = Pattern.compile("^.*(?:公司|集团)[）)]?等(?![级同])");
  private static final Pattern SHARE_OF = Pattern.compile("^(.*?)(?:约|近)?占(.*?)(?:的)?(比重|比例|份额)?(?:的)?$");
  private static final Pattern CONJUNCTION = Pattern.compile("[、和与及]");
  private static final int MAX_NOUN_TOKENS = 6;
  private static final Set<String> QUOTES = Set.of("“", "”", "\"");
  /** Parts of speech that end a noun phrase: punctuation, prepositions, conjunctions, particles, numerals, times. */
  private static final Pattern STOP_POS = Pattern.compile("w|p.*|c.*|u.*|m.*|t.*|vshi|vyou|y|e|o");
  /** Localisers that stay inside a noun phrase: 规模以上, 限额以下; others (中, 上) end it. */
  private static final Set<String> INNER_LOCALISERS = Set.of("以上", "以下");
  private static final String POINTS = "分";
  private static final String SCORE = "得分";
  /** "A、B、C等12家日资企业": the listed examples are not part of what is counted. */
  private static final Pattern ENUMERATION = Pattern.compile("^.*等(?!级)");
  /** "按照“…”四位一体模式开展直播带岗活动": the manner adverbial before the verb names nothing measured. */
  private static final Pattern MANNER = Pattern.compile("^(?:按照|通过|以|采取|采用|依托|利用).*?(?:”|模式|方式|形式|机制)");
  /** Beyond this length a local phrase is a whole predicate; its tail after the last 的 names the figure. */
  private static final int LONG_LOCAL = 8;

  /** What the sentence has named so far: the topic figure, the last growth rate, the last indicator. */
  public static final class Memory {
    private String topic;
    private String lastGrowth;
    private String last;
    private String lastInClause;
    private String lastShare;
    /** The growth rate or share named last. */
    private String lastRate;
    private String lastRank;
    /** The evaluation the paragraph gives places in (全省开发区综合考评). */
    private String evaluation;
    /** Amounts, counts and shares named so far, in order, for a list of rates or multiples that 分别 gives them. */
    private final List<String> figures = new ArrayList<>();
    private int clauseBegin = -1;

    /** What the paragraph's next sentence starts from: the figures named so far, not this sentence's clauses or lists. */
    Memory carriedOver() {
      Memory next = new Memory();
      next.topic = topic;
      next.lastGrowth = lastGrowth;
      next.last = last;
      next.lastShare = lastShare;
      next.lastRate = lastRate;
      next.lastRank = lastRank;
      next.evaluation = evaluation;
      return next;
    }

    void enterClause(int begin) {
      if (begin != clauseBegin) {
        clauseBegin = begin;
        lastInClause = null;
      }
    }

    void remember(StatKind kind, String indicator, String base) {
      switch (kind) {
        case AMOUNT, COUNT, OTHER -> {
          // "比上年增加24家，增长14.8%": the rate after a change is the stock's, so the stock stays the topic
          if (!CHANGE_NAMED.matcher(indicator).find()) {
            topic = indicator;
          }
          figures.add(indicator);
        }
        case GROWTH -> {
          lastGrowth = indicator;
          lastRate = indicator;
          if (base != null) {
            topic = base;
          }
        }
        case SHARE -> {
          lastShare = indicator;
          lastRate = indicator;
          // "研发投入强度达到12.6%，…，分别是全国平均水平的4.5倍和9.8倍"
          figures.add(indicator);
        }
        case DIFFERENCE -> {
          Matcher shareChange = SHARE_CHANGE.matcher(indicator);
          if (shareChange.matches()) {
            lastShare = shareChange.group(1);
          }
        }
        default -> { }
      }
      if (kind == StatKind.RANK) {
        lastRank = indicator;
      } else if (kind != StatKind.DIFFERENCE) {
        last = indicator;
      }
      lastInClause = indicator;
    }
  }

  /** The indicator of the number in {@code slot}, given what the sentence has named before it. */
  public String build(Slot slot, Memory memory) {
    if (slot.phrase().shape() == NumberPhrase.Shape.SUPERLATIVE) {
      return superlative(slot);
    }
    return switch (slot.kind()) {
      case RANK -> rank(slot, memory).get(0);
      case GROWTH -> growth(slot, memory);
      case SHARE -> share(slot, memory);
      case DIFFERENCE -> difference(slot, memory);
      case OTHER -> other(slot, memory);
      default -> quantity(slot, memory);
    };
  }

  /** Both indicators of a 双第一: "A和B实现X“双第一”" → A X排名, B X排名. */
  public List<String> doubleRank(Slot slot, Memory memory) {
    return rank(slot, memory);
  }

  /** The noun phrase the indicator's base rests on, after {@code build}: 服务业增加值 for 服务业增加值增速. */
  String baseOf(StatKind kind, String indicator) {
    if (kind == StatKind.GROWTH) {
      String base = indicator.replaceFirst("(?:增速|增幅|增长率)$", "");
      return base.isEmpty() || base.equals(indicator) ? null : base;
    }
    return indicator;
  }

  /** "我国北方最大的激光装备产业基地" → 激光装备产业基地规模我国北方排名. */
  private static String superlative(Slot slot) {
    String before = slot.clauseBefore();
    Matcher place = SUPERLATIVE_PLACE.matcher(before);
    String region = place.find() ? place.group() : "";
    return nounAfter(slot, slot.phrase().whole().end()) + "规模" + region + "排名";
  }

  /** "成为全区第10个落户的“中科系”项目" → 落户“中科系”项目数量: the rest of the clause is what is tallied. */
  private static String tallied(Slot slot) {
    String noun = nounAfter(slot);
    if (!noun.isEmpty()) {
      return noun;
    }
    String rest = slot.clauseAfter().replaceAll("[，,；;。：:]$", "").replace("的", "").replaceAll("[\\d一二两三四五六七八九十百千万].*$", "");
    return rest.length() <= MAX_OWNER ? clean(rest) : "";
  }

  /**
   * "总投资51.5亿元的17个循环产业链、节能降碳项目" → 循环产业链、节能降碳项目总投资; "投资36亿元建设某某项目" → 某某项目投资.
   */
  private static String owner(Slot slot, String local) {
    Matcher investment = INVESTMENT.matcher(local);
    Matcher built = INVESTED_IN.matcher(slot.clauseAfter());
    if (!investment.find() || !built.lookingAt()) {
      return null;
    }
    String owner = COUNTED_PREFIX.matcher(slot.clauseAfter().substring(built.end())).replaceFirst("")
        .replaceAll("[，,；;。：:].*$", "");
    // "投资120亿元的新能源整车项目、某某项目等5个项目": the money is the first project's
    int project = owner.indexOf(PROJECT);
    if (project >= 0) {
      owner = owner.substring(0, project + PROJECT.length());
    }
    int etc = owner.indexOf('等');
    owner = clean(etc >= 0 ? owner.substring(etc + 1) : owner);
    // as in projectBefore: the project may be the subject, and then the indicator is its investment alone
    return owner.isEmpty() || owner.length() > MAX_OWNER ? null : hideText(slot, owner + investment.group());
  }

  /**
   * "某公司签约建设某某基地项目，总投资35亿元": a clause that is only the investment is that of the project the clause
   * before ends with.
   */
  private static String projectBefore(Slot slot, String local) {
    Matcher investment = INVESTMENT.matcher(local);
    if (!investment.find() || investment.start() != 0) {
      return null;
    }
    int offset = slot.sentence().span().begin();
    String before = slot.sentence().text().substring(0, slot.clause().begin() - offset);
    int end = before.length() - 1;
    boolean afterProject = end >= PROJECT.length() && "，,".indexOf(before.charAt(end)) >= 0
        && before.startsWith(PROJECT, end - PROJECT.length());
    if (!afterProject) {
      return null;
    }
    // as a project's name is read: HanLP cuts names into one-character verbs (燃/机重型装备…)
    int begin = ListItems.afterLastStop(slot.sentence(), Math.max(0, end - MAX_PROJECT_NAME), end, false);
    String project = clean(before.substring(begin, end));
    // the project itself may be the subject: then the indicator is its investment alone
    return project.length() > PROJECT.length() ? hideText(slot, project + investment.group()) : null;
  }

  private String quantity(Slot slot, Memory memory) {
    String local = local(slot);
    if (slot.phrase().shape() == NumberPhrase.Shape.TALLY) {
      String np = tallied(slot);
      return COUNT_NAMED.matcher(np).find() ? np : np + countName(slot.phrase().unit(), np);
    }
    String owned = owner(slot, local);
    if (owned == null) {
      owned = projectBefore(slot, local);
    }
    if (owned != null) {
      return owned;
    }
    String np = distributed(slot, local);
    if (np == null) {
      np = continued(slot, memory, local);
    }
    boolean count = Unit.lookup(slot.phrase().unit()).map(u -> u.base() == BaseUnit.COUNT).orElse(false);
    if (np == null) {
      np = headNoun(slot, memory, local, count);
      // "共有14家企业入选": what is counted is chosen, so the verb names it
      Matcher chosen = CHOSEN.matcher(slot.clauseAfter());
      if (count && chosen.matches() && np.equals(chosen.group(1))) {
        np = chosen.group(2) + np;
      }
    }
    return count && !COUNT_NAMED.matcher(np).find() ? np + countName(slot.phrase().unit(), np) : np;
  }

  private static String countName(String unit, String np) {
    if (COUNT_NAMES.containsKey(unit)) {
      return COUNT_NAMES.get(unit);
    }
    return PERSON_UNITS.contains(unit) && !PERSONS_NAMED.matcher(np).find() ? "人数" : "数量";
  }

  /**
   * The noun a quantity counts or measures: after the number when one follows ("200余个在建项目",
   * "引进了200多家股权类投资企业"), else before it ("集聚高新技术企业2057家").
   */
  private static String headNoun(Slot slot, Memory memory, String local, boolean count) {
    String after = nounAfter(slot);
    boolean verbal = local.isEmpty() || endsWithVerb(slot);
    if (!after.isEmpty() && (count || verbal)) {
      return count || local.isEmpty() ? after : local + after;
    }
    if (!local.isEmpty()) {
      return generic(local, memory);
    }
    if (memory.lastInClause != null) {
      return memory.lastInClause;
    }
    return memory.topic == null ? "" : memory.topic;
  }

  private static boolean endsWithVerb(Slot slot) {
    Span span = new Span(slot.local().begin(), slot.phrase().whole().begin());
    List<Token> inside = slot.sentence().tokens().stream()
        .filter(t -> span.contains(t.span()) && !t.pos().equals("w"))
        .toList();
    if (inside.isEmpty()) {
      return true;
    }
    String pos = inside.get(inside.size() - 1).pos();
    return pos.equals("v") || pos.equals("vi") || pos.equals("vf") || pos.startsWith("u") || pos.equals("p")
        || pos.equals("d");
  }

  private String growth(Slot slot, Memory memory) {
    String raw = slot.text(new Span(slot.local().begin(), slot.phrase().whole().begin()));
    Matcher other = OTHER_BASE.matcher(raw);
    String base = other.find() ? "较" + other.group(1) : "";
    String own = BASE_REMNANT.matcher(local(slot)).replaceAll("");
    String listed = respectively(slot, memory);
    if (listed == null) {
      // "电子、汽车分别增长12%、8%": the items before 分别 take the rates in turn
      listed = distributed(slot, own);
    }
    if (listed != null) {
      Matcher listedDecline = LISTED_DECLINE.matcher(slot.clauseBefore());
      return listed + base + (listedDecline.find() ? declineName(listedDecline.group(1)) : RATE);
    }
    Matcher decline = DECLINE_TAIL.matcher(own);
    if (decline.find()) {
      String before = clean(own.substring(0, decline.start()));
      String np = before.isEmpty() ? (memory.topic == null ? "" : memory.topic) : generic(before, memory);
      return np + base + declineName(decline.group(1));
    }
    String local = clean(GROWTH_TAIL.matcher(own).replaceFirst(""));
    String np = local.isEmpty() ? memory.topic : generic(local, memory);
    if (AVERAGE.matcher(local).matches() && memory.topic != null) {
      // "产值2580亿元，近三年年均增长超过35%": an average rate of the figure before
      np = memory.topic + local;
    }
    if (np == null || np.isEmpty()) {
      return base + "增速";
    }
    np = expand(slot, np);
    if (slot.phrase().shape() == NumberPhrase.Shape.DOUBLING) {
      return np + "增长倍数";
    }
    return GROWTH_NAMED.matcher(np).find() ? np : np + base + "增速";
  }

  /** 下降, 降低, 回落 state a 降幅; the other verbs of a fall a 幅度 of themselves (压缩幅度). */
  private static String declineName(String verb) {
    return verb.startsWith("下") || verb.startsWith("降") || verb.equals("回落") ? "降幅" : verb + "幅度";
  }

  /**
   * "营业收入100亿元、利润10亿元，分别增长12%和8%": rates listed after a 分别 that opens its clause belong, in order,
   * to the figures the sentence has just named; null when the clause names its own (A、B分别增长…).
   */
  private static String respectively(Slot slot, Memory memory) {
    String before = slot.clauseBefore();
    int at = before.indexOf(RESPECTIVELY);
    if (at < 0 || slot.listSize() < 2 || memory.figures.size() < slot.listSize()
        || !clean(BASE_REMNANT.matcher(before.substring(0, at)).replaceAll("")).isEmpty()) {
      return null;
    }
    String figure = memory.figures.get(memory.figures.size() - slot.listSize() + slot.listIndex());
    return GROWTH_NAMED.matcher(figure).find() ? null : figure;
  }

  private String share(Slot slot, Memory memory) {
    String local = local(slot);
    String after = slot.clauseAfter();
    if (local.isEmpty() && memory.lastShare != null) {
      return memory.lastShare;
    }
    if (after.startsWith("的")) {
      return nounAfter(slot, slot.phrase().whole().end() + 1) + "占" + trailingPlace(slot, local) + "比重";
    }
    if (local.startsWith("对") && memory.topic != null) {
      return memory.topic + local;
    }
    String continued = continued(slot, memory, local);
    if (continued != null) {
      return continued;
    }
    String clause = clean(abbreviate(hide(slot, new Span(slot.clause().begin(), slot.phrase().whole().begin()))));
    Matcher m = SHARE_OF.matcher(clause);
    if (clause.contains("占") && !clause.contains("占比") && m.matches()) {
      String left = generic(clean(COMPANY_EXAMPLES.matcher(m.group(1)).replaceFirst("")), memory);
      // 占全区的比重: here 全区 is the whole, not a leading word to drop
      String cleaned = clean(m.group(2));
      String whole = cleaned.isEmpty() ? m.group(2).strip() : cleaned;
      String word = m.group(3) == null ? "比重" : m.group(3);
      if (left.isEmpty()) {
        left = memory.topic == null ? "" : memory.topic;
      }
      return left + "占" + whole + word;
    }
    return local.isEmpty() ? nounAfter(slot) : local;
  }

  /** "以济南市1/7的…", "贡献了该市超1/4的…": the whole a share is taken of is the place named last before it. */
  private static String trailingPlace(Slot slot, String local) {
    Span span = new Span(slot.local().begin(), slot.phrase().whole().begin());
    List<Token> inside = slot.sentence().tokens().stream()
        .filter(t -> span.contains(t.span()) && !t.pos().equals("w"))
        .toList();
    if (!inside.isEmpty()) {
      Token last = inside.get(inside.size() - 1);
      if (last.pos().equals("ns") || TRAILING_REGION.matcher(last.text()).matches()) {
        return last.text();
      }
    }
    Matcher region = TRAILING_REGION.matcher(local);
    if (region.find()) {
      return region.group();
    }
    // "以不到全市0.4%的土地，贡献了40%的进出口额": the whole stays the place named earlier
    List<Token> earlier = slot.sentence().tokens().stream()
        .filter(t -> t.span().end() <= slot.local().begin())
        .filter(t -> t.pos().equals("ns") || REGION.matcher(t.text()).matches())
        .toList();
    return earlier.isEmpty() ? local : earlier.get(earlier.size() - 1).text();
  }

  private String difference(Slot slot, Memory memory) {
    String local = local(slot);
    Matcher rankChange = KindClassifier.RANK_CHANGE.matcher(slot.clauseBefore());
    boolean places = Unit.lookup(slot.phrase().unit()).map(u -> u.base() == BaseUnit.RANK).orElse(false);
    if (memory.lastRank != null && places && rankChange.find()) {
      // "位列第28位，较上年提升6位": the places gained are the ranking's, an evaluation's said by its last word
      // (考核评价排名提升)
      String ranked = memory.evaluation != null && memory.lastRank.startsWith(memory.evaluation)
          ? memory.evaluation.substring(Math.max(0, memory.evaluation.length() - EVALUATION_WORD)) + "排名"
          : memory.lastRank;
      return ranked + rankChange.group();
    }
    Matcher shareChange = SHARE_CHANGE.matcher(local);
    if (slot.comparison().isEmpty() && shareChange.matches()) {
      // "占规上工业总产值比重提高3.5个百分点": the change of a share, named by the share
      return generic(shareChange.group(1), memory) + shareChange.group(2);
    }
    boolean growthNamed = slot.clauseBefore().contains("增速");
    boolean rates = "个百分点".equals(slot.phrase().unit()) || "百分点".equals(slot.phrase().unit()) || growthNamed;
    // "比重达65.3%，较上年提高2.1个百分点", "配套率提高到62.5%，比去年底提高4.8个百分点": points change the rate named
    // last, unless the clause says they change a growth rate
    boolean ofGrowth = growthNamed || memory.lastRate == null;
    String rate = ofGrowth ? (memory.lastGrowth == null ? memory.lastShare : memory.lastGrowth) : memory.lastRate;
    String base = rates ? rate : memory.last;
    String listed = rates ? null : respectively(slot, memory);
    if (listed != null) {
      base = listed;
    }
    if (base == null) {
      base = memory.topic == null ? "" : rates ? memory.topic + "增速" : memory.topic;
    }
    if (slot.comparison().isEmpty()) {
      return local.isEmpty() || base.contains(local) ? base : joined(base, local);
    }
    Comparison c = slot.comparison().get();
    if (base.isEmpty()) {
      // 降幅比一季度收窄: what is compared is named before the comparison, which is said again after it
      base = clean(COMPARISON_ON.matcher(MULTIPLE_VERB.matcher(local).replaceFirst("")).replaceFirst(""));
    }
    return joined(base, c.phrase(c.comparandFor(slot.listIndex(), slot.listSize())));
  }

  /** "增加值增长10.2%，增速高出全省3.5个百分点", "进口下降2.1%，降幅收窄…": the rate is named once. */
  private static String joined(String base, String comparison) {
    for (String rate : RATE_NAMES) {
      if (base.endsWith(rate) && comparison.startsWith(rate)) {
        return base + comparison.substring(rate.length());
      }
    }
    return base + comparison;
  }

  private String other(Slot slot, Memory memory) {
    Matcher fulfilment = FULFILMENT.matcher(slot.clauseBefore());
    if (fulfilment.find()) {
      String base = memory.last == null ? "" : memory.last.replaceFirst("数量$", "");
      return base + fulfilment.group(1) + "目标完成率";
    }
    String local = local(slot);
    Matcher change = CHANGE_AGAINST.matcher(slot.clauseBefore());
    if (memory.last != null && BARE_CHANGE.matcher(local).matches() && change.find()) {
      // "平均用时45天，比上年缩短18天": the change is of what the clause before measured, against the base it names
      return memory.last + change.group();
    }
    String named = local.isEmpty() ? generic(nounAfter(slot), memory) : generic(local, memory);
    // 分别达到1.08万吨和1.02万吨: a later figure of a list that names nothing of its own is of what the clause measures
    if (named.isEmpty() && memory.lastInClause != null) {
      return memory.lastInClause;
    }
    // 以87.2分位列第3位: points say by themselves that they are a score
    return named.isEmpty() && POINTS.equals(slot.phrase().unit()) ? SCORE : named;
  }

  /** The text from {@code begin} up to {@code end}, empty when a rank verb stands before the clause's own start. */
  private static Span upTo(int begin, int end) {
    return new Span(begin, Math.max(begin, end));
  }

  private List<String> rank(Slot slot, Memory memory) {
    String before = slot.clauseBefore();
    boolean twice = slot.phrase().shape() == NumberPhrase.Shape.DOUBLE_RANK;
    Matcher verb = (twice ? DOUBLE_VERB : RANK_VERB).matcher(before);
    int verbBegin = -1;
    int verbEnd = -1;
    while (verb.find()) {
      verbBegin = verb.start();
      verbEnd = verb.end();
    }
    int clauseStart = slot.clause().begin();
    String region;
    String np;
    if (verbBegin < 0) {
      String words = hide(slot, upTo(Math.max(slot.local().begin(), clauseStart), slot.phrase().whole().begin()));
      Matcher place = SUPERLATIVE_PLACE.matcher(words);
      region = place.find() ? place.group() : "";
      np = clean(words.substring(0, words.length() - region.length()));
    } else {
      String afterVerb = before.substring(verbEnd);
      // 分列全省第6位和第7位: a later place of the list is ranked where the first is
      int firstPlace = afterVerb.indexOf('第');
      if (slot.listIndex() > 0 && firstPlace >= 0) {
        afterVerb = afterVerb.substring(0, firstPlace);
      }
      region = clean(MOVED_TO.matcher(afterVerb).replaceFirst("").replaceAll("[“”\"双]", ""));
      // a later place of a list has its local text after the verb: what is ranked stands before the verb
      int npBegin = slot.listIndex() > 0 ? clauseStart : Math.max(slot.local().begin(), clauseStart);
      np = clean(hide(slot, upTo(npBegin, clauseStart + verbBegin)));
    }
    if (twice) {
      List<String> out = new ArrayList<>();
      for (String conjunct : conjuncts(slot, np)) {
        out.add(conjunct + region + "排名");
      }
      return out;
    }
    int cut = Math.max(Math.max(np.lastIndexOf('和'), np.lastIndexOf('的')), np.lastIndexOf('”'));
    if (np.length() > LONG_LOCAL && cut >= 0) {
      np = clean(np.substring(cut + 1));
    }
    evaluation(slot).ifPresent(e -> memory.evaluation = e);
    if (np.isEmpty() && memory.evaluation != null) {
      return List.of(memory.evaluation + (memory.evaluation.contains(region) ? "" : region) + "排名");
    }
    if (np.isEmpty()) {
      np = memory.last == null ? "" : memory.last;
    } else if (GENERIC.contains(np)) {
      // "总额达2968.5亿元，同比增长4.6%，总量居全省首位": the size ranked is the amount's, not the rate's
      np = np.contains("增") && memory.lastGrowth != null ? memory.lastGrowth
          : SIZE_WORDS.contains(np) && memory.topic != null ? memory.topic
          : memory.last == null ? np : memory.last;
    }
    return List.of(np + region + "排名");
  }

  /** The last evaluation the sentence names before the place, without who made it (科技部最新一期). */
  private static Optional<String> evaluation(Slot slot) {
    Matcher m = EVALUATION.matcher(slot.text(new Span(slot.sentence().span().begin(), slot.phrase().whole().begin())));
    String found = null;
    while (m.find()) {
      found = EVALUATION_SOURCE.matcher(m.group(1)).replaceFirst("");
    }
    return Optional.ofNullable(found).filter(e -> e.length() >= 4);
  }

  /** "规模以上服务业营收总量和企业数量" → [规模以上服务业营收总量, 规模以上服务业企业数量]: the second conjunct shares the first's modifier. */
  private List<String> conjuncts(Slot slot, String np) {
    List<String> parts = Arrays.stream(CONJUNCTION.split(np)).filter(s -> !s.isEmpty()).toList();
    if (parts.size() != 2) {
      return List.of(np, np);
    }
    List<Token> first = tokensOf(slot, parts.get(0));
    List<Token> second = tokensOf(slot, parts.get(1));
    if (first.size() <= second.size() || second.isEmpty()) {
      return parts;
    }
    StringBuilder modifier = new StringBuilder();
    for (Token t : first.subList(0, first.size() - second.size())) {
      modifier.append(t.text());
    }
    return List.of(parts.get(0), parts.get(1).startsWith(modifier.toString()) ? parts.get(1) : modifier + parts.get(1));
  }

  private static List<Token> tokensOf(Slot slot, String phrase) {
    int at = slot.sentence().text().indexOf(phrase);
    if (at < 0) {
      return List.of();
    }
    Span span = new Span(slot.sentence().span().begin() + at, slot.sentence().span().begin() + at + phrase.length());
    return slot.sentence().tokens().stream().filter(t -> span.contains(t.span())).toList();
  }

  /** "一级、二级指标分别为5、14个" → the i-th item of the list before 分别 for the i-th number. */
  private String distributed(Slot slot, String local) {
    String before = slot.clauseBefore();
    int at = before.indexOf("分别");
    if (slot.listSize() < 2 || at < 0 || slot.comparison().isPresent()) {
      return null;
    }
    String items = clean(hideText(slot, before.substring(0, at)));
    List<String> parts = Arrays.stream(CONJUNCTION.split(items)).filter(s -> !s.isEmpty()).toList();
    return parts.size() == slot.listSize() ? parts.get(slot.listIndex()) : null;
  }

  /** "占济南市65%、山东省27%", "山东省级276家、济南市级389家": a bare region continues the previous figure. */
  private static String continued(Slot slot, Memory memory, String local) {
    if (memory.lastInClause == null || local.isEmpty() || local.length() > 6 || !REGION.matcher(local).matches()) {
      return null;
    }
    String bare = local.replaceFirst("级$", "");
    for (Token t : slot.sentence().tokens()) {
      boolean place = t.pos().equals("ns") || REGION.matcher(t.text()).matches();
      if (place && slot.clause().contains(t.span()) && !t.text().equals(bare) && memory.lastInClause.contains(t.text())) {
        return memory.lastInClause.replaceFirst(Pattern.quote(t.text()), bare);
      }
    }
    return local + memory.lastInClause;
  }

  private static String generic(String np, Memory memory) {
    if (np.equals(RUNNING_TOTAL) && memory.topic != null) {
      return RUNNING_TOTAL + FRESH.matcher(memory.topic).replaceFirst("");
    }
    // "高新技术企业总数达到2850家，较上年末净增215家": the change counts what the clause before counted
    Matcher change = CHANGE_ALONE.matcher(np);
    if (change.matches() && memory.topic != null) {
      return stockOf(memory.topic) + changeVerb(change.group(1));
    }
    // "拥有量达到31.5件，高于全省平均水平约17件": how far above a level, of what the clause before counted
    if (ABOVE_LEVEL.matcher(np).lookingAt() && memory.topic != null) {
      return memory.topic + np;
    }
    // "高新技术企业比上年末多87家": what changed, then the change
    Matcher named = CHANGE_AFTER_NOUN.matcher(np);
    if (named.matches()) {
      return stockOf(named.group(1)) + changeVerb(named.group(2));
    }
    if (GENERIC.contains(np) && memory.topic != null && !memory.topic.endsWith(np)) {
      return memory.topic.replaceFirst("(?:数量|总量|规模)$", "") + np;
    }
    return np;
  }

  /** The noun of a stock a change is named by: 高新技术企业数量 → 高新技术企业 (高新技术企业增加). */
  private static String stockOf(String noun) {
    return STOCK_WORD.matcher(noun).replaceFirst("");
  }

  private static String changeVerb(String printed) {
    return switch (printed) {
      case "多" -> "增加";
      case "少" -> "减少";
      default -> printed;
    };
  }

  /** A short base such as 营收 takes the modifier it had earlier in the sentence: 规模以上服务业营收. */
  private static String expand(Slot slot, String base) {
    if (base.length() > 3) {
      return base;
    }
    String text = slot.sentence().text();
    int offset = slot.sentence().span().begin();
    int at = text.lastIndexOf(base, slot.clause().begin() - offset - 1);
    if (at <= 0) {
      return base;
    }
    List<Token> tokens = slot.sentence().tokens();
    StringBuilder modifier = new StringBuilder();
    for (int k = tokens.size() - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.span().end() - offset > at) {
        continue;
      }
      if (!nounish(t) && !t.pos().equals("f") || slot.hidden().stream().anyMatch(h -> h.overlaps(t.span()))
          || slot.hiddenNames().stream().anyMatch(n -> n.endsWith(t.text()))) {
        break;
      }
      modifier.insert(0, t.text());
    }
    return modifier + base;
  }

  /** This number's own words before it, without periods, names, copulas and connectives. */
  private String local(Slot slot) {
    String raw = abbreviate(hide(slot, new Span(slot.local().begin(), slot.phrase().whole().begin())));
    // "签约4个项目、协议投资15.5亿元": after an earlier number, the words up to 、 still belong to it
    int listMark = raw.lastIndexOf('、');
    if (slot.local().begin() > slot.clause().begin() && listMark >= 0) {
      raw = raw.substring(listMark + 1);
    }
    String local = clean(ENUMERATION.matcher(raw).replaceFirst(""));
    int of = local.lastIndexOf('的');
    if (local.length() > LONG_LOCAL + 2 && of >= 0 && local.length() - of > 2) {
      local = clean(local.substring(of + 1));
    }
    Matcher manner = MANNER.matcher(local);
    if (local.length() > LONG_LOCAL + 2 && manner.find() && local.length() - manner.end() > 2) {
      local = clean(local.substring(manner.end()));
    }
    return local;
  }

  private static String hide(Slot slot, Span span) {
    StringBuilder out = new StringBuilder();
    for (int p = span.begin(); p < span.end(); p++) {
      int at = p;
      if (slot.hidden().stream().noneMatch(h -> h.begin() <= at && at < h.end())) {
        out.append(slot.sentence().text().charAt(p - slot.sentence().span().begin()));
      }
    }
    return hideText(slot, out.toString());
  }

  private static String hideText(Slot slot, String text) {
    String out = text;
    for (String name : slot.hiddenNames()) {
      // 新落户的某某项目计划总投资: what stands before a project's name describes the project, not its figure
      int at = name.endsWith(PROJECT) ? out.lastIndexOf(name) : -1;
      out = at >= 0 ? out.substring(at + name.length()) : withoutName(out, name);
    }
    return out;
  }

  /**
   * {@code text} without {@code name} wherever it stands, and without the short bracket right after it (某某高新区（滨江）
   * 实现地区生产总值), which says more of whom, not of what is measured.
   */
  private static String withoutName(String text, String name) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, from)) {
      out.append(text, from, at);
      Matcher bracket = NAME_BRACKET.matcher(text).region(at + name.length(), text.length());
      from = bracket.lookingAt() ? bracket.end() : at + name.length();
    }
    return out.append(text, from, text.length()).toString();
  }

  private static String abbreviate(String text) {
    return ABBREVIATION.matcher(text).replaceAll("$1");
  }

  static String clean(String text) {
    String out = EMPTIED_BRACKET.matcher(afterUnopenedBracket(text)).replaceAll("").strip();
    String previous;
    do {
      previous = out;
      out = LEAD.matcher(out).replaceFirst("");
      out = withoutTrail(out);
    } while (!out.equals(previous));
    return balanceQuotes(out);
  }

  /**
   * 以下分别简称某某经开区、…）实现地区生产总值: a clause that begins inside a bracket (the list of what the subject
   * counts) measures what follows the bracket's close.
   */
  private static String afterUnopenedBracket(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        return text;
      }
      if (c == '）' || c == ')') {
        return text.substring(i + 1);
      }
    }
    return text;
  }

  private static String withoutTrail(String text) {
    List<MatchResult> trail = TRAIL.findAll(text);
    return trail.isEmpty() ? text : text.substring(0, trail.get(0).start());
  }

  private static String balanceQuotes(String text) {
    String out = text;
    if (out.startsWith("”")) {
      out = out.substring(1);
    }
    if (out.endsWith("“")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static boolean hasNoun(Slot slot, String local) {
    if (local.isEmpty()) {
      return false;
    }
    Span span = new Span(slot.local().begin(), slot.phrase().whole().begin());
    return slot.sentence().tokens().stream()
        .filter(t -> span.contains(t.span()) && local.contains(t.text()))
        .anyMatch(IndicatorBuilder::nounish);
  }

  private static boolean nounish(Token t) {
    String pos = t.pos();
    return pos.startsWith("n") || pos.equals("vn") || pos.equals("j") || pos.equals("b") || pos.startsWith("g");
  }

  private static String nounAfter(Slot slot) {
    return nounAfter(slot, slot.phrase().whole().end());
  }

  /**
   * The noun phrase right after {@code from}: "200余个在建项目" → 在建项目, "1.8万余名各类人才" → 各类人才.
   * Up to two verbs or adverbs may lead it (在建, 已签约); it ends at punctuation, a preposition,
   * a conjunction, 的, or a verb once a noun has been read.
   */
  private static String nounAfter(Slot slot, int from) {
    StringBuilder out = new StringBuilder();
    int taken = 0;
    int leading = 0;
    boolean noun = false;
    for (Token t : slot.sentence().tokens()) {
      if (t.span().begin() < from || t.span().begin() >= slot.clause().end()) {
        continue;
      }
      boolean quote = QUOTES.contains(t.text());
      boolean verbal = t.pos().startsWith("v") && !t.pos().equals("vn") || t.pos().startsWith("d");
      // 线上, 线下 (online, offline) modify the noun after them: 线下招聘会
      boolean localiser = t.pos().equals("f") && !INNER_LOCALISERS.contains(t.text()) && !out.toString().endsWith("线");
      if (taken >= MAX_NOUN_TOKENS || localiser || !quote && STOP_POS.matcher(t.pos()).matches()
          || verbal && (noun || ++leading > 2)) {
        // "近1900篇投稿中": a lone verb between the classifier and a localiser is used as a noun
        noun |= taken == 1 && (localiser || t.pos().equals("w")) && !out.toString().isBlank();
        break;
      }
      noun |= nounish(t);
      out.append(t.text());
      taken++;
    }
    return noun ? clean(out.toString()) : "";
  }

}
