package zonekg.extract.statistic;

import java.util.regex.Pattern;

/**
 * 本地配套率从35%提高到68%, 审批时限由原来的68天压缩至22天: a measure that moved from one level to another. Both numbers
 * are levels of what the words before 从/由 name, not a change: 68% is the rate reached, not its growth. So is the level
 * reached where the text gives none it started from (查验率下降至2.3%).
 */
enum LevelChange {
  /** The level it started from: 35% of 从35%提高到68%. */
  FROM,
  /** The level it reached: 68% of 从35%提高到68%. */
  TO,
  /** No such move. */
  NONE;

  private static final String MOVE_VERB = "(?:提升|提高|增加|增长|上升|下降|降低|减少|缩短|扩大|压缩|延长|跃升|回落|回升|攀升|增|降|升)";
  private static final String MOVE = MOVE_VERB + "了?(?:到|至)";
  /** 从, 由, 从2020年的, 由原来的约: what opens the level it started from, right before its number. */
  private static final Pattern STARTS_FROM =
      Pattern.compile("[从由](?:[^，,；;。从由\\d]{0,8}|\\d{4}年)?的?(?:不足|不到|约|近|超过)?$");
  /** 提高到, 缩短至, 增长到去年的: the move, right after the level it started from and before the level reached. */
  private static final Pattern MOVES_AFTER = Pattern.compile("^[^，,；;。\\d]{0,8}?" + MOVE);
  private static final Pattern REACHES =
      Pattern.compile("[从由][^，,；;。]*?\\d[^，,；;。]*?" + MOVE + "(?:[^，,；;。\\d]{0,8}的)?(?:约|近|超过)?$");
  /** 本地配套率提高到62.5%, 查验率下降至2.3%: the level reached, where the text gives none it started from. */
  private static final Pattern REACHED = Pattern.compile(MOVE + "(?:约|近|超过)?$");
  /** The words from 从 or 由 on, which an indicator built from the clause carries over from the opening level. */
  private static final Pattern OPENING_LEVEL_WORDS = Pattern.compile("[从由][^从由]*$");
  /**
   * 本地配套率提高, 增速降幅: the move an indicator built from the clause ends with, and the fall a growth rate's
   * indicator was given for it, where the level reached is a rate of its own.
   */
  private static final Pattern MOVE_WORDS = Pattern.compile(MOVE_VERB + "?了?(?:(?<=增速|增幅|增长率)降幅)?$");

  /** The role of a number whose clause reads {@code clauseBefore} up to it and {@code after} from its end. */
  static LevelChange of(String clauseBefore, String after) {
    if (STARTS_FROM.matcher(clauseBefore).find() && MOVES_AFTER.matcher(after).find()) {
      return FROM;
    }
    return REACHES.matcher(clauseBefore).find() || REACHED.matcher(clauseBefore).find() ? TO : NONE;
  }

  /**
   * 产品良率从 → 产品良率, 锂回收率由过去 → 锂回收率, 查验率下降 → 查验率: an indicator without the words that open the level
   * it started from or the move to the level reached.
   */
  static String withoutMove(String indicator) {
    return MOVE_WORDS.matcher(OPENING_LEVEL_WORDS.matcher(indicator).replaceFirst("")).replaceFirst("");
  }
}
