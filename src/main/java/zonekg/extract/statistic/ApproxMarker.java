package zonekg.extract.statistic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import zonekg.doc.Approx;

/** Words that make a printed number a bound or an estimate: 超1300亿元, 近百个, 500余个, 77%以上. */
public enum ApproxMarker {
  EXCEED("超过", Approx.OVER, Position.BEFORE, "more than"),
  BREAK_THROUGH("突破", Approx.OVER, Position.BEFORE, "broke through"),
  SURPASS("超", Approx.OVER, Position.BEFORE, "over"),
  BEYOND("逾", Approx.OVER, Position.BEFORE, "over (literary)"),
  AT_LEAST("不少于", Approx.OVER, Position.BEFORE, "no less than"),
  NOT_BELOW("不低于", Approx.OVER, Position.BEFORE, "no lower than"),
  ABOVE("以上", Approx.OVER, Position.AFTER, "and above"),
  ODD("余", Approx.OVER, Position.AFTER, "odd, and some"),
  MORE("多", Approx.OVER, Position.AFTER, "and more"),
  NEARLY("将近", Approx.ABOUT, Position.BEFORE, "nearly"),
  CLOSE_TO("接近", Approx.ABOUT, Position.BEFORE, "close to"),
  NEAR("近", Approx.ABOUT, Position.BEFORE, "nearly"),
  ROUGHLY("大约", Approx.ABOUT, Position.BEFORE, "roughly"),
  ABOUT("约", Approx.ABOUT, Position.BEFORE, "about"),
  AROUND("左右", Approx.ABOUT, Position.AFTER, "or so"),
  NOT_REACHING("不到", Approx.UNDER, Position.BEFORE, "less than"),
  SHORT_OF("不足", Approx.UNDER, Position.BEFORE, "short of"),
  NOT_ABOVE("不高于", Approx.UNDER, Position.BEFORE, "no higher than"),
  NOT_EXCEEDING("不超过", Approx.UNDER, Position.BEFORE, "not exceeding"),
  BELOW("以下", Approx.UNDER, Position.AFTER, "and below"),
  WITHIN("以内", Approx.UNDER, Position.AFTER, "within");

  /** First characters of words ending in 约 (签约, 履约, 节约, 预约, 合约, 特约 …). */
  private static final String WORDS_ENDING_IN_YUE = "签履节制预合特公契邀相违解续缔条集简隐婚誓";

  /** Where the marker stands relative to the number. */
  public enum Position { BEFORE, AFTER }

  private static final List<ApproxMarker> LONGEST_FIRST = Arrays.stream(values())
      .sorted(Comparator.comparingInt((ApproxMarker m) -> m.surface.length()).reversed())
      .toList();

  private final String surface;
  private final Approx approx;
  private final Position position;
  private final String gloss;

  ApproxMarker(String surface, Approx approx, Position position, String gloss) {
    this.surface = surface;
    this.approx = approx;
    this.position = position;
    this.gloss = gloss;
  }

  public String surface() {
    return surface;
  }

  public Approx approx() {
    return approx;
  }

  public Position position() {
    return position;
  }

  public String gloss() {
    return gloss;
  }

  /** The marker ending exactly at {@code end} of {@code text}, standing before a number. */
  public static Optional<ApproxMarker> endingAt(CharSequence text, int end) {
    return LONGEST_FIRST.stream()
        .filter(m -> m.position == Position.BEFORE)
        .filter(m -> end >= m.surface.length()
            && text.subSequence(end - m.surface.length(), end).toString().equals(m.surface))
        .filter(m -> !endsWord(text, end - m.surface.length(), m))
        .findFirst();
  }

  /** 签约4个项目, 节约3吨: 约 closes a verb there and says nothing about the number. */
  private static boolean endsWord(CharSequence text, int begin, ApproxMarker m) {
    return m == ABOUT && begin > 0 && WORDS_ENDING_IN_YUE.indexOf(text.charAt(begin - 1)) >= 0;
  }

  /** The marker starting exactly at {@code begin} of {@code text}, standing after a number or unit. */
  public static Optional<ApproxMarker> startingAt(CharSequence text, int begin) {
    return LONGEST_FIRST.stream()
        .filter(m -> m.position == Position.AFTER)
        .filter(m -> begin + m.surface.length() <= text.length()
            && text.subSequence(begin, begin + m.surface.length()).toString().equals(m.surface))
        .findFirst();
  }
}
