package zonekg.extract.statistic;

import java.util.Optional;
import java.util.regex.Pattern;
import zonekg.doc.StatKind;
import zonekg.extract.FirstCharPattern;

/**
 * Tells what sort of figure a number is from its unit and the words of its clause: 亿元 → amount,
 * 家 → count, 同比增长x% → growth, 占…比重x% → share, 首位 → rank, 比X高n个百分点 → difference,
 * 预计/力争/到2025年 → target, 完成年度目标的x% and 拉动n个百分点 → other.
 */
public final class KindClassifier {
  private static final Pattern PULL = Pattern.compile("拉动|带动|贡献了?$");
  private static final Pattern FULFILMENT = Pattern.compile("完成[^，,；;。]*?目标的?$");
  private static final Pattern SHARE_WORDS = Pattern.compile("占|比重|占比|比例|份额|贡献率|覆盖率|率");
  /** Words that make a percentage a share even beside a growth word: 对GDP增长的贡献率. */
  private static final Pattern SHARE_NAMED = Pattern.compile("占|比重|占比|比例|份额|贡献率|覆盖率|渗透率|强度");
  private static final Pattern GROWTH_RATE_NAMED = Pattern.compile("增速|增幅|增长率");
  private static final Pattern GROWTH_WORDS =
      Pattern.compile("增长|增速|增幅|同比|环比|下降|回落|上涨|减少|提高|提升|降低|缩短|压缩|优化|改善|下滑|翻了?[一两三四]?番");
  /**
   * 争取 plans only before a goal (争取到2025年, 争取实现); "争取专项债券10亿元" reports money obtained. 计划 plans
   * before a verb (全年计划完成投资280亿元, 计划新引进企业3000家) and in a year's plan (年度计划投资180亿元); 计划总投资 is
   * as often a project's size as a goal. 将 and 规划 plan before what is to be added or built (还将发放, 将新增, 规划年产).
   * 达产后, 建成后: what a plant will yield once built is expected, not reported.
   */
  private static final FirstCharPattern TARGET_WORDS = new FirstCharPattern(Pattern.compile(
      "预计|力争|争取(?=到|在|实现|达|用)|确保|有望|计划(?=到|完成|实现|新|引进|招引|开工|建成|签约|达|实施)"
          + "|年度计划投资|目标是|目标为|将达到?|还将|将(?=新增|新建|实施|引进|建成)|规划(?=年产|建设|新增)|到\\d{4}年"
          + "|(?:达产|达效|满产|建成|投产|竣工|运营)后"),
      "预力争确有计目将到达满建投竣运年还规");
  /** Words that report what has been achieved, ending the reach of an earlier planning word. */
  private static final FirstCharPattern RESULT_WORDS =
      new FirstCharPattern(Pattern.compile("获批|已|累计|完成了|实现了|获得|达到了"), "获已累完实达");
  /** 较上年提升6位: places gained or lost in a ranking are a difference. */
  static final Pattern RANK_CHANGE = Pattern.compile("(?:提升|上升|前进|跃升|提高|下降|下滑|后退|回落|前移|后移)了?$");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;]");

  /**
   * The kind of {@code phrase}; {@code clauseBefore} is its clause up to the number, {@code
   * sentenceBefore} its sentence up to the number, {@code after} the text right after the phrase.
   */
  public StatKind classify(NumberPhrase phrase, String clauseBefore, String sentenceBefore, String after,
      Optional<Comparison> comparison) {
    StatKind kind = underlying(phrase, clauseBefore, after, comparison);
    return isTarget(kind, sentenceBefore) ? StatKind.TARGET : kind;
  }

  /**
   * Whether a figure of {@code kind} is planned or expected, given its sentence up to the number: a
   * planning word governs its clause and the clauses after it ("预计年底前，A突破3000家，B增长15%"),
   * up to a clause that reports a result ("…，获批新增建设用地指标4200多亩").
   */
  boolean isTarget(StatKind kind, String sentenceBefore) {
    if (kind == StatKind.RANK) {
      return false;
    }
    String[] clauses = CLAUSE_BREAK.split(sentenceBefore, -1);
    for (int k = clauses.length - 1; k >= 0; k--) {
      if (TARGET_WORDS.isFoundIn(clauses[k])) {
        return true;
      }
      if (RESULT_WORDS.isFoundIn(clauses[k])) {
        return false;
      }
    }
    return false;
  }

  /** The kind the number's own words give, before any reading as a target. */
  StatKind underlying(NumberPhrase phrase, String clauseBefore, String after,
      Optional<Comparison> comparison) {
    if (phrase.shape() == NumberPhrase.Shape.RANK || phrase.shape() == NumberPhrase.Shape.DOUBLE_RANK
        || phrase.shape() == NumberPhrase.Shape.SUPERLATIVE) {
      return StatKind.RANK;
    }
    if (phrase.shape() == NumberPhrase.Shape.DOUBLING) {
      return StatKind.GROWTH;
    }
    if (phrase.shape() == NumberPhrase.Shape.LEVEL) {
      return StatKind.AMOUNT;
    }
    BaseUnit base = Unit.lookup(phrase.unit()).map(Unit::base).orElse(null);
    if (base == null) {
      return comparison.isPresent() ? StatKind.DIFFERENCE
          : SHARE_WORDS.matcher(clauseBefore).find() ? StatKind.SHARE : StatKind.OTHER;
    }
    if (base.isMoney()) {
      return StatKind.AMOUNT;
    }
    return switch (base) {
      case CNY_PER_MU, COUNT -> ofSize(base);
      case RANK -> RANK_CHANGE.matcher(clauseBefore).find() ? StatKind.DIFFERENCE : StatKind.COUNT;
      case PERCENTAGE_POINT -> PULL.matcher(clauseBefore).find() ? StatKind.OTHER : StatKind.DIFFERENCE;
      case TIMES -> comparison.isPresent() ? StatKind.DIFFERENCE
          : GROWTH_WORDS.matcher(clauseBefore).find() ? StatKind.GROWTH : StatKind.OTHER;
      case POINT -> comparison.isPresent() ? StatKind.DIFFERENCE : StatKind.OTHER;
      case PERCENT, FRACTION -> ratioKind(clauseBefore, after);
      default -> StatKind.OTHER;
    };
  }

  /**
   * The kind of a figure of {@code underlying} kind stated as a change from a named base (比上年末多87家, 同比增长1.3倍):
   * a size counted from the base and growth by a multiple are differences from it; a growth rate or share stays.
   */
  static StatKind fromBase(StatKind underlying, NumberPhrase phrase) {
    boolean multiple = Unit.lookup(phrase.unit()).map(u -> u.base() == BaseUnit.TIMES).orElse(false);
    boolean size = underlying == StatKind.COUNT || underlying == StatKind.AMOUNT || underlying == StatKind.OTHER;
    return underlying == StatKind.GROWTH && multiple || size ? StatKind.DIFFERENCE : underlying;
  }

  /** Whether a figure of {@code kind} keeps the base it is stated against: a growth rate's base is no comparand. */
  static boolean keepsBase(StatKind kind) {
    return kind == StatKind.DIFFERENCE || kind == StatKind.COUNT || kind == StatKind.AMOUNT || kind == StatKind.OTHER;
  }

  /** What a plain figure in a unit of {@code base} states: money (a sum, or per mu), a count, or some other quantity. */
  static StatKind ofSize(BaseUnit base) {
    return base.isMoney() || base == BaseUnit.CNY_PER_MU ? StatKind.AMOUNT
        : base == BaseUnit.COUNT ? StatKind.COUNT : StatKind.OTHER;
  }

  /**
   * The kind of a level a measure moved from or to (从35%提高到68%), {@code clauseBefore} up to it: a ratio is a share
   * unless it names a rate of growth (增速回落至5.1%), else as {@link #ofSize}.
   */
  static StatKind ofLevel(NumberPhrase phrase, String clauseBefore) {
    BaseUnit base = Unit.lookup(phrase.unit()).map(Unit::base).orElse(null);
    if (base == null) {
      return StatKind.OTHER;
    }
    if (base == BaseUnit.PERCENT || base == BaseUnit.FRACTION) {
      return GROWTH_RATE_NAMED.matcher(clauseBefore).find() ? StatKind.GROWTH : StatKind.SHARE;
    }
    return ofSize(base);
  }

  /**
   * The kind of a figure in a unit of {@code base} whose indicator is named apart from it, as a table's row names it
   * (高新技术产业占比｜%｜53.6): a ratio is what its name says, else as {@link #ofSize}.
   */
  StatKind ofNamed(BaseUnit base, String name) {
    return base == BaseUnit.PERCENT || base == BaseUnit.FRACTION ? ratioKind(name, "") : ofSize(base);
  }

  private StatKind ratioKind(String clauseBefore, String after) {
    if (FULFILMENT.matcher(clauseBefore).find()) {
      return StatKind.OTHER;
    }
    if (after.startsWith("的") || SHARE_NAMED.matcher(clauseBefore).find()) {
      return StatKind.SHARE;
    }
    if (GROWTH_WORDS.matcher(clauseBefore).find()) {
      return StatKind.GROWTH;
    }
    return StatKind.SHARE;
  }
}
