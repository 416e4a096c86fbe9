package zonekg.extract.statistic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Approx;
import zonekg.doc.Span;

/**
 * Finds the numbers of a sentence that state a quantity, with unit and approximation, and
 * leaves out those that do not: dates (2023年9月21日), ordinals of names (第六届), versions
 * (3.0版), formulas ("1+N+X"), slogans (三大主导产业, “三个打造”) and the article 一 (一批).
 */
public final class NumberScanner {
  /** The points of a score (综合得分91.36分); after a numeral in words an adverb (十分紧张). */
  private static final String SCORE = "分";
  /** A number with the unit of a sum or a share: what may follow an indicator's abbreviation (GDP2108.6亿元). */
  private static final Pattern ABBREVIATED_SUM = Pattern.compile("\\d+(?:\\.\\d+)?(?:亿|万|元|%)");
  private static final int MAX_ABBREVIATION = 4;
  private static final Pattern ARABIC = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)(?![\\d/])");
  private static final String PER_HUNDRED = "百分之";
  private static final String PERCENT = "%";
  /** 百分之十一点六: a percentage in words, 11.6 %. */
  private static final Pattern PERCENT_IN_WORDS =
      Pattern.compile(PER_HUNDRED + "([一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?");
  /** 点六, 点二五: decimals in words after a whole number in words. */
  private static final Pattern DECIMAL_IN_WORDS = Pattern.compile("点([零〇一二三四五六七八九]+)");
  private static final Pattern CHINESE_FRACTION =
      Pattern.compile("([一二两三四五六七八九十百]+)分之([一二两三四五六七八九十]+)");
  private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十百]+|\\d+)(位|名)?");
  /** Verbs that place something in an order: 居济南市首位, 名列该市第三, 排名第65位, 位次上升3位至第18位, 升至第5位. */
  private static final Pattern RANK_VERB = Pattern.compile(
      "(?:居|位居|位列|名列|排名|位次|排在|(?<![安编])排|(?<![系并行序陈罗])列|稳居|跃居|跻身|位于)[^，,；;。]{0,20}$|[升降移]至$");
  /**
   * What makes a number a date, a period or part of a name. The time a procedure takes in hours, days or working
   * days (通关时间压缩至2小时) is a figure; months, weeks and years are left to periods (前3个月, 近三年). A
   * temperature (气温6至11℃) belongs to the weather report a page carries beside the zone's news.
   */
  private static final Pattern NOT_A_QUANTITY =
      Pattern.compile("^(?:个(?:月|星期|季度|年头)|年|月|日(?!元)|号|周|分钟|时|世纪|代|版|期|位一体|G|[A-Za-z.+＋/]|℃|°|摄氏度"
          + "|[-—~～至到]\\d+(?:\\.\\d+)?(?:℃|°|摄氏度))");
  /** 升 after a number is the verb of a rank or level (由28升至19, 1.2万家企业升级), not litres. */
  private static final Pattern RISES = Pattern.compile("升[至到级为高幅值格学温]");
  private static final String O_CLOCK = "点";
  /** The parts of a day before a clock time (清晨, 上午, 晚), or the clock time a span starts at (6点到). */
  private static final Pattern CLOCK_BEFORE = Pattern.compile("(?:[晨早晚]|上午|中午|下午|晚上|凌晨|夜里|每天|当天|点[到至])$");
  /** Copulas after which a unitless number is still a figure: 综合指数为101.9, 均超13. */
  private static final Pattern COPULA_BEFORE = Pattern.compile("(?:为|达|达到|至|超|超过|突破|增至|是)$");
  private static final Pattern MONEY_BEFORE = Pattern.compile(
      "(?:薪|工资|收入|资金|投资|产值|营收|金额|补贴|奖励|奖金|资产|估值|销售额|税收|融资|生产总值|GDP|增加值|交易额|贸易额|出口额|进出口额)[^，,；;。\\d]{0,6}$");
  /** A place an order or a superlative is taken in: 为全国第一, 全市首位, 我国北方最大的. */
  private static final String REGION = "(?:全国|全省|全市|全区|全球|世界|国内|中国|我国|亚洲|[一-龥]{2,5}?(?:省|市))(?:北方|南方|东部|西部|中部|东北|西北|西南)?";
  private static final Pattern REGION_BEFORE = Pattern.compile(REGION + "$");
  /** "拥有中国最大的裁判规则数据库": the largest in a place is its first place. */
  private static final Pattern SUPERLATIVE = Pattern.compile("最大的");
  /** "不到全市0.4%", "约全省三成": a bound stated before the place the number is a part of. */
  private static final Pattern MARKER_BEFORE_REGION = Pattern.compile("(不到|不足|约|近)" + REGION + "$");
  /** "今年以来举办的第4场", "全区第10个落户的": the N-th of a running tally says N have happened so far. */
  private static final Pattern TALLY_SCOPE = Pattern.compile("累计|" + REGION + "$");
  private static final Pattern SINCE = Pattern.compile("以来|至今");
  private static final Pattern DOUBLED = Pattern.compile("翻了?([一两三四])?番");
  private static final String TIMES = "倍";
  /**
   * Tenths of a whole, "占全市的四成", "近三成企业", "同比增长五成", "成本下降了三成", "已完成六成": only after 占, 的, 有, a
   * bound (不足) or a verb of change, completion or level (增长, 下降了, 压缩, 完成, 保持在), since 成 after a numeral
   * also starts words (三成员, 一成不变) and 八成 alone means "probably".
   */
  private static final Pattern TENTHS = Pattern.compile("(?<=[占的有近约超逾过足达到为于减低长升降加高少缩在了成])([一二两三四五六七八九])成(?![员不])");
  /** Numbers in a short quoted name (“黄金19条”, “十四五”) name a policy or slogan, not a quantity. */
  private static final int QUOTED_NAME = 8;
  private static final String LIST_SEPARATORS = "、-—~～至到和";
  private static final int FRACTION_SCALE = 6;
  private static final String DIGITS_OF = "位数";

  /** Number phrases of {@code text}, whose first character is at {@code offset}; {@code blocked} spans are names or periods. */
  public List<NumberPhrase> scan(String text, int offset, List<Span> blocked) {
    List<NumberPhrase> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Optional<NumberPhrase> found = phraseAt(text, i, offset);
      if (found.isPresent()) {
        NumberPhrase p = found.get();
        if (blocked.stream().noneMatch(b -> b.overlaps(p.number()))) {
          out.add(p);
        }
        i = Math.max(i + 1, p.whole().end() - offset);
      } else {
        i = skipRun(text, i);
      }
    }
    return keepQuantities(text, offset, shareListUnits(text, offset, out));
  }

  private static int skipRun(String text, int i) {
    char c = text.charAt(i);
    int j = i + 1;
    if (Character.isDigit(c) || ChineseNumerals.CHARS.indexOf(c) >= 0) {
      while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.'
          || ChineseNumerals.CHARS.indexOf(text.charAt(j)) >= 0)) {
        j++;
      }
    }
    return j;
  }

  private Optional<NumberPhrase> phraseAt(String text, int i, int offset) {
    if (text.startsWith("双第一", i)) {
      return Optional.of(rank(i + 1, i + 3, i, i + 3, BigDecimal.ONE, offset, NumberPhrase.Shape.DOUBLE_RANK));
    }
    if (text.startsWith("首位", i) && (ranked(text, i) || regionBefore(text, i))
        || (text.startsWith("之首", i) || text.startsWith("榜首", i)) && ranked(text, i)) {
      return Optional.of(rank(i, i + 2, i, i + 2, BigDecimal.ONE, offset, NumberPhrase.Shape.RANK));
    }
    if (text.startsWith("最大的", i) && regionBefore(text, i)) {
      return Optional.of(rank(i, i + 2, i, i + 3, BigDecimal.ONE, offset, NumberPhrase.Shape.SUPERLATIVE));
    }
    char c = text.charAt(i);
    // this runs at every character: a matcher only where its first character is
    Matcher doubled = c == '翻' ? DOUBLED.matcher(text).region(i, text.length()) : null;
    if (doubled != null && doubled.lookingAt()) {
      return Optional.of(doubling(doubled, offset));
    }
    if (text.startsWith("一半", i) && !text.startsWith("一半导", i)) {
      return Optional.of(partOfWhole(text, i, new BigDecimal("0.5"), offset));
    }
    Matcher tenths = text.startsWith("成", i + 1)
        ? TENTHS.matcher(text).region(i, text.length()).useTransparentBounds(true) : null;
    if (tenths != null && tenths.lookingAt()) {
      BigDecimal tens = ChineseNumerals.parse(tenths.group(1)).orElseThrow();
      return Optional.of(partOfWhole(text, i, tens.movePointLeft(1), offset));
    }
    if (c == '第') {
      return ordinal(text, i, offset);
    }
    if (i > 0 && precededByWordPart(text.charAt(i - 1)) && !afterAbbreviation(text, i)) {
      return Optional.empty();
    }
    if (Character.isDigit(c)) {
      return inShortQuote(text, i) ? Optional.empty() : arabic(text, i, offset);
    }
    if (ChineseNumerals.CHARS.indexOf(c) >= 0 && !insideQuotes(text, i)) {
      return chinese(text, i, offset);
    }
    return Optional.empty();
  }

  /**
   * 实现GDP2108.6亿元: a sum or share right after an indicator's capital abbreviation is a number of its own; a model's
   * or a pollutant's number (C919, PM2.5浓度) has no such unit after it.
   */
  private static boolean afterAbbreviation(String text, int i) {
    Matcher m = ABBREVIATED_SUM.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return false;
    }
    int begin = i;
    while (begin > 0 && text.charAt(begin - 1) >= 'A' && text.charAt(begin - 1) <= 'Z') {
      begin--;
    }
    boolean wordStart = begin == 0 || !(text.charAt(begin - 1) < 128 && Character.isLetterOrDigit(text.charAt(begin - 1)));
    return i - begin >= 2 && i - begin <= MAX_ABBREVIATION && wordStart;
  }

  private static boolean precededByWordPart(char c) {
    return Character.isDigit(c) || c == '.' || c == '+' || c == '＋' || c == '第' || c == '/'
        || c < 128 && Character.isLetter(c) || ChineseNumerals.CHARS.indexOf(c) >= 0;
  }

  private static boolean ranked(String text, int i) {
    return RANK_VERB.matcher(text.substring(0, i)).find();
  }

  private static boolean regionBefore(String text, int i) {
    return REGION_BEFORE.matcher(text.substring(clauseStart(text, i), i)).find();
  }

  private static int clauseStart(String text, int i) {
    int start = 0;
    for (int k = 0; k < i; k++) {
      if ("，,；;：:。".indexOf(text.charAt(k)) >= 0) {
        start = k + 1;
      }
    }
    return start;
  }

  /** "翻了一番" → 2倍, "翻两番" → 4倍: each 番 doubles. */
  private static NumberPhrase doubling(Matcher m, int offset) {
    int times = m.group(1) == null ? 1 : ChineseNumerals.parse(m.group(1)).map(BigDecimal::intValue).orElse(1);
    Span span = new Span(offset + m.start(), offset + m.end());
    return new NumberPhrase(span, span, BigDecimal.valueOf(2).pow(times), TIMES, null, NumberPhrase.Shape.DOUBLING);
  }

  /**
   * "总量占济南市一半以上" → 1/2, "占全市的四成" → 4/10: a part of a whole written in two characters, with the bound
   * printed around it.
   */
  private static NumberPhrase partOfWhole(String text, int i, BigDecimal value, int offset) {
    return partOfWhole(text, i, i + 2, value, "fraction", NumberPhrase.Shape.FRACTION, offset);
  }

  private Optional<NumberPhrase> ordinal(String text, int i, int offset) {
    Matcher m = ORDINAL.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    boolean sizeOrder = m.group(2) == null && text.startsWith("大", m.end());
    // 第一场发布会: an ordinal with a classifier names an event, not a place in an order
    Optional<Unit> classifier = m.group(2) == null ? Unit.longestAt(text, m.end()) : Optional.empty();
    Optional<BigDecimal> value = valueOf(m.group(1));
    if (classifier.isPresent()) {
      return value.filter(v -> v.compareTo(BigDecimal.ONE) > 0 && inTally(text, i))
          .map(v -> tally(i, m.end(1), m.end() + classifier.get().surface().length(), v, classifier.get(), offset));
    }
    if (!ranked(text, i) && !sizeOrder && !regionBefore(text, i)) {
      return Optional.empty();
    }
    return value.map(v -> rank(i + 1, m.end(1), i, m.end(), v, offset, NumberPhrase.Shape.RANK));
  }

  private static boolean inTally(String text, int i) {
    return TALLY_SCOPE.matcher(text.substring(clauseStart(text, i), i)).find()
        || SINCE.matcher(text.substring(0, i)).find();
  }

  /** "今年以来举办的第4场招聘会" → 4 场: the count so far that the ordinal implies. */
  private static NumberPhrase tally(int at, int digitsEnd, int end, BigDecimal value, Unit classifier, int offset) {
    return new NumberPhrase(new Span(offset + at + 1, offset + digitsEnd), new Span(offset + at, offset + end), value,
        classifier.surface(), null, NumberPhrase.Shape.TALLY);
  }

  private static NumberPhrase rank(int begin, int end, int wholeBegin, int wholeEnd, BigDecimal value, int offset,
      NumberPhrase.Shape shape) {
    return new NumberPhrase(new Span(offset + begin, offset + end), new Span(offset + wholeBegin, offset + wholeEnd),
        value, "位", null, shape);
  }

  private Optional<NumberPhrase> arabic(String text, int i, int offset) {
    Matcher f = FRACTION.matcher(text).region(i, text.length());
    if (f.lookingAt()) {
      return fraction(text, i, f.end(), new BigDecimal(f.group(1)), new BigDecimal(f.group(2)), offset);
    }
    Matcher m = ARABIC.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(m.group().replace(",", ""));
    return tail(text, i, m.end(), value, offset, false);
  }

  private Optional<NumberPhrase> chinese(String text, int i, int offset) {
    Matcher percent = text.startsWith(PER_HUNDRED, i) ? PERCENT_IN_WORDS.matcher(text).region(i, text.length()) : null;
    if (percent != null && percent.lookingAt()) {
      Optional<BigDecimal> rate = ChineseNumerals.parse(percent.group(1));
      if (rate.isPresent()) {
        return Optional.of(partOfWhole(text, i, percent.end(), withTenths(rate.get(), percent.group(2)), PERCENT,
            NumberPhrase.Shape.PLAIN, offset));
      }
    }
    Matcher f = CHINESE_FRACTION.matcher(text).region(i, text.length());
    if (f.lookingAt()) {
      Optional<BigDecimal> whole = ChineseNumerals.parse(f.group(1));
      Optional<BigDecimal> part = ChineseNumerals.parse(f.group(2));
      if (whole.isPresent() && part.isPresent()) {
        return fraction(text, i, f.end(), part.get(), whole.get(), offset);
      }
    }
    int end = i;
    while (end < text.length() && ChineseNumerals.CHARS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    String digits = text.substring(i, end);
    Matcher tenths = DECIMAL_IN_WORDS.matcher(text).region(end, text.length());
    if (tenths.lookingAt()) {
      // 三十一点六亿元, 三点二个百分点: 点 and the digits after it are the number's decimals
      Optional<BigDecimal> whole = ChineseNumerals.parse(digits);
      return whole.isEmpty() ? Optional.empty()
          : tail(text, i, tenths.end(), withTenths(whole.get(), tenths.group(1)), offset, true)
              .filter(p -> p.unit() != null);
    }
    // 一 and 零 alone are articles or parts of words (一批, 一次通过率), never a count worth stating; but 一倍 is a
    // multiple (营收增长近一倍)
    boolean multiple = digits.equals("一") && text.startsWith(TIMES, end);
    if (digits.equals("一") && !multiple || digits.equals("零") || digits.equals("〇")) {
      return Optional.empty();
    }
    // 两位数增长: how many digits a rate has is no figure of its own; 二次消费, 二次开发: 二次 is "secondary" before a word
    boolean secondary = digits.equals("二") && text.startsWith("次", end) && end + 1 < text.length()
        && Character.isIdeographic(text.charAt(end + 1));
    if (text.startsWith(DIGITS_OF, end) || secondary) {
      return Optional.empty();
    }
    Optional<BigDecimal> value = ChineseNumerals.parse(digits);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return tail(text, i, end, value.get(), offset, true).filter(p -> p.unit() != null);
  }

  private Optional<NumberPhrase> fraction(String text, int begin, int end, BigDecimal part, BigDecimal whole,
      int offset) {
    if (whole.signum() == 0 || part.compareTo(whole) >= 0) {
      return Optional.empty();
    }
    BigDecimal value = part.divide(whole, new MathContext(12)).setScale(FRACTION_SCALE, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return Optional.of(partOfWhole(text, begin, end, value, "fraction", NumberPhrase.Shape.FRACTION, offset));
  }

  /** A part of a whole whose unit its words say (四成, 三分之一, 百分之六点二), with the bound printed around it. */
  private static NumberPhrase partOfWhole(String text, int begin, int end, BigDecimal value, String unit,
      NumberPhrase.Shape shape, int offset) {
    Approx approx = ApproxMarker.endingAt(text, begin).map(ApproxMarker::approx).orElse(null);
    int wholeBegin = begin - ApproxMarker.endingAt(text, begin).map(m -> m.surface().length()).orElse(0);
    int wholeEnd = end;
    Optional<ApproxMarker> after = ApproxMarker.startingAt(text, end).filter(m -> m.surface().length() == 2);
    if (after.isPresent()) {
      approx = after.get().approx();
      wholeEnd += 2;
    }
    return new NumberPhrase(new Span(offset + begin, offset + end), new Span(offset + wholeBegin, offset + wholeEnd),
        value, unit, approx, shape);
  }

  /** {@code whole} with the decimals written after 点 in Chinese digits (十一 and 六 → 11.6), if any. */
  private static BigDecimal withTenths(BigDecimal whole, String decimals) {
    if (decimals == null) {
      return whole;
    }
    StringBuilder digits = new StringBuilder();
    decimals.chars().forEach(c -> digits.append(ChineseNumerals.parse(String.valueOf((char) c)).orElseThrow()));
    return whole.add(new BigDecimal("0." + digits));
  }

  /**
   * Whether what follows the digits at {@code at} makes them no quantity (个月, 年, 5G, 3D, ℃), unless it is a unit of
   * Latin letters a quantity may have (5GW, 20GWh).
   */
  private static boolean notAQuantity(String text, int at) {
    return NOT_A_QUANTITY.matcher(text).region(at, text.length()).lookingAt()
        && Unit.longestAt(text, at).filter(u -> latinUnit(text, at, u)).isEmpty();
  }

  /** Whether {@code unit} at {@code at} is spelled in Latin letters and ends where the word does. */
  private static boolean latinUnit(String text, int at, Unit unit) {
    int end = at + unit.surface().length();
    return isAsciiLetter(unit.surface().charAt(0)) && (end >= text.length() || !isAsciiLetter(text.charAt(end)));
  }

  /** 清晨8点, 下午3点半, 早6点到11点: a time of day, no count of points. */
  private static boolean isClockTime(String text, int begin, int end) {
    return text.startsWith(O_CLOCK, end) && CLOCK_BEFORE.matcher(text.substring(Math.max(0, begin - 2), begin)).find();
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** Reads what follows the digits: 余/多, 万/亿, the unit, 以上/左右, or 级 of a magnitude class. */
  private Optional<NumberPhrase> tail(String text, int begin, int end, BigDecimal value, int offset,
      boolean chinese) {
    if (notAQuantity(text, end) || chinese && text.startsWith(SCORE, end) || isClockTime(text, begin, end)) {
      return Optional.empty();
    }
    Approx approx = null;
    int k = end;
    if (startsWithAny(text, k, "余", "多")) {
      approx = Approx.OVER;
      k++;
    }
    String magnitude = startsWithAny(text, k, "万亿") ? "万亿" : startsWithAny(text, k, "亿", "万") ? text.substring(k, k + 1) : "";
    k += magnitude.length();
    if (approx == null && startsWithAny(text, k, "余", "多")) {
      approx = Approx.OVER;
      k++;
    }
    NumberPhrase.Shape shape = NumberPhrase.Shape.PLAIN;
    String unit = null;
    Optional<Unit> known = notAQuantity(text, k) || RISES.matcher(text).region(k, text.length()).lookingAt() ? Optional.empty()
        : Unit.longestAt(text, k);
    if (!magnitude.isEmpty() && text.startsWith("级", k)) {
      shape = NumberPhrase.Shape.LEVEL;
      unit = magnitude + "元";
      approx = Approx.OVER;
      k++;
    } else if (known.isPresent()) {
      unit = magnitude + known.get().surface();
      k += known.get().surface().length();
    } else if (!magnitude.isEmpty()) {
      // "年薪在12万以上": a bare 万 after a sum of money stands for 万元
      unit = MONEY_BEFORE.matcher(text.substring(0, begin)).find() ? magnitude + "元" : magnitude;
    }
    if (chinese && unit == null) {
      return Optional.empty();
    }
    Optional<ApproxMarker> after = ApproxMarker.startingAt(text, k)
        .filter(m -> m.surface().length() == 2);
    if (after.isPresent() && unit != null) {
      approx = after.get().approx();
      k += after.get().surface().length();
    }
    int wholeBegin = begin;
    Optional<ApproxMarker> before = ApproxMarker.endingAt(text, begin);
    if (before.isPresent()) {
      approx = approx == null ? before.get().approx() : approx;
      wholeBegin -= before.get().surface().length();
    } else if (approx == null) {
      approx = boundBeforeRegion(text, begin);
    }
    return Optional.of(new NumberPhrase(new Span(offset + begin, offset + end), new Span(offset + wholeBegin, offset + k),
        value, unit, approx, shape));
  }

  private static Approx boundBeforeRegion(String text, int begin) {
    Matcher m = MARKER_BEFORE_REGION.matcher(text.substring(clauseStart(text, begin), begin));
    return m.find() ? ApproxMarker.endingAt(m.group(1), m.group(1).length()).map(ApproxMarker::approx).orElse(null)
        : null;
  }

  private static boolean startsWithAny(String text, int at, String... prefixes) {
    for (String p : prefixes) {
      if (text.startsWith(p, at)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<BigDecimal> valueOf(String digits) {
    return Character.isDigit(digits.charAt(0)) ? Optional.of(new BigDecimal(digits)) : ChineseNumerals.parse(digits);
  }

  /**
   * In "高12.4、1个百分点" and "3000-8000元" the unit printed once belongs to every number of the list, and in
   * "高1.1个和0.9个百分点" the unit printed in part (个) is the whole one.
   */
  private static List<NumberPhrase> shareListUnits(String text, int offset, List<NumberPhrase> phrases) {
    List<NumberPhrase> out = new ArrayList<>(phrases);
    for (int k = out.size() - 2; k >= 0; k--) {
      NumberPhrase p = out.get(k);
      NumberPhrase next = out.get(k + 1);
      boolean partOfNext = p.unit() == null
          || next.unit() != null && next.unit().length() > p.unit().length() && next.unit().startsWith(p.unit());
      if (partOfNext && next.unit() != null && separatedByListMark(text, offset, p, next)) {
        out.set(k, p.withUnit(next.unit(), p.whole()));
      }
    }
    return out;
  }

  static boolean separatedByListMark(String text, int offset, NumberPhrase left, NumberPhrase right) {
    int from = left.whole().end() - offset;
    int to = right.whole().begin() - offset;
    return to - from == 1 && LIST_SEPARATORS.indexOf(text.charAt(from)) >= 0;
  }

  private static List<NumberPhrase> keepQuantities(String text, int offset, List<NumberPhrase> phrases) {
    List<NumberPhrase> out = new ArrayList<>();
    for (NumberPhrase p : phrases) {
      if (p.unit() != null || COPULA_BEFORE.matcher(text.substring(0, p.whole().begin() - offset)).find()
          || p.approx() != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean inShortQuote(String text, int i) {
    int open = text.lastIndexOf('“', i);
    int close = text.indexOf('”', i);
    return open >= 0 && close >= 0 && i - open <= QUOTED_NAME && close - i <= QUOTED_NAME
        && text.substring(open, i).indexOf('”') < 0;
  }

  private static boolean insideQuotes(String text, int i) {
    int open = 0;
    for (int k = 0; k < i; k++) {
      char c = text.charAt(k);
      if (c == '“' || c == '《' || c == '「') {
        open++;
      } else if ((c == '”' || c == '》' || c == '」') && open > 0) {
        open--;
      }
    }
    return open > 0;
  }
}
