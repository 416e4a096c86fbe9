package zonekg.doc;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of a printed line that both joining lines into paragraphs and cutting a page into articles must know: a
 * notice's fields (建设单位：某某有限公司 / 总投资：68亿元 / 建设状态：在建), a numbered item (1．某某项目) and a table's row.
 * Neither goes on from the line above it, and neither a field nor a row is a headline.
 */
public final class LineShapes {
  /**
   * A short label of words alone and a colon opening the line, with something after it; not a place's name (某某高新区：…
   * heads an article) and not a page's furniture, whose labels spaces part (来源：…　发布时间：…).
   */
  private static final Pattern FIELD = Pattern.compile("\\s*\\p{IsHan}{1,7}[^区园市省县城港\\P{IsHan}][：:]\\s*[^\\s　]+");
  /** 1．, 2、 opening the line before words (not 1.5%). */
  private static final Pattern NUMBERED_ITEM = Pattern.compile("\\s*\\d{1,2}[．.、]\\s*(?=\\p{IsHan})");
  /** 一、, 十二、: the number of a section of the first rank. */
  private static final String FIRST_RANK = "[一二三四五六七八九十]{1,3}、";
  private static final Pattern FIRST_RANK_SECTION = Pattern.compile("\\s*" + FIRST_RANK);
  /** 一、, （二）: a numbered section opening the line (一、2024年工作回顾 too). */
  private static final Pattern NUMBERED_SECTION =
      Pattern.compile("\\s*(?:" + FIRST_RANK + "(?=\\s*\\d{4}年)|(?:" + FIRST_RANK
          + "|[（(][一二三四五六七八九十\\d]{1,3}[）)])\\s*(?=\\p{IsHan}))");

  /** The tab the normaliser makes of the wide gap between a table's cells; a cell holds a whole name. */
  public static final char CELL_GAP = '\t';
  /** What parts the cells of a table printed as text: bars, or a cell gap. */
  public static final String CELL_SEPARATORS = "｜|┃" + CELL_GAP;
  public static final Pattern CELL_SEPARATOR = Pattern.compile("[" + CELL_SEPARATORS + "]");
  private static final int MIN_CELLS = 3;
  /** The marks that open each item of a list (▶ 地区生产总值…, ● 某某实验室…). */
  /** What opens a news article's lead, its dateline: 本报讯, 本报记者…讯, 新华社…电. */
  public static final String DATELINE = "本报讯|本报[^，。,]{1,20}讯|新华社[^，。,]{0,20}电";
  private static final String LIST_MARKS = "▶►●•■◆▪·・";

  private LineShapes() {}

  /**
   * ▶ 南京片区新设企业1.3万家: an item of a list, however short, is body text and never a headline. The normaliser keeps
   * the mark so that the line still says so.
   */
  public static boolean isListItem(CharSequence line) {
    return line.length() > 0 && isListMark(line.charAt(0));
  }

  /** ▶, ●, ■, · …: a mark that opens an item of a list (· only at the start of a line: inside one it joins names). */
  public static boolean isListMark(char c) {
    return LIST_MARKS.indexOf(c) >= 0;
  }

  /** 指标名称｜单位｜前三季度, 1	某某项目	某某有限公司	25: a row of a table, of three cells or more. */
  public static boolean isTableRow(CharSequence line) {
    return CELL_SEPARATOR.split(line, -1).length >= MIN_CELLS;
  }

  /**
   * A row whose cells the normaliser found parted by wide gaps: never a headline. A line of bars may be a web page's
   * menu (某某网 | 首页 | 要闻) above the headline, which stays where the page furniture is.
   */
  public static boolean isSpacedTableRow(CharSequence line) {
    return line.chars().filter(c -> c == CELL_GAP).count() >= MIN_CELLS - 1;
  }

  /**
   * Which of {@code lines} are a notice's fields: lines opening with a label and a colon, two or more in a row. One
   * such line alone is more often a headline (某某高新区：上半年进出口增长30.2%) or a line a column broke (分别为：…).
   */
  public static boolean[] fields(List<? extends CharSequence> lines) {
    boolean[] labelled = new boolean[lines.size()];
    for (int i = 0; i < labelled.length; i++) {
      labelled[i] = FIELD.matcher(lines.get(i)).matches();
    }
    boolean[] fields = new boolean[labelled.length];
    for (int i = 0; i < labelled.length; i++) {
      fields[i] = labelled[i] && (i > 0 && labelled[i - 1] || i + 1 < labelled.length && labelled[i + 1]);
    }
    return fields;
  }

  /** 1．某某项目: an item of a numbered list. */
  public static boolean isNumberedItem(CharSequence line) {
    return NUMBERED_ITEM.matcher(line).lookingAt();
  }

  /** 1．某某项目, 一、总体情况, （二）某某高新区: an item or a section numbered at the line's start. */
  public static boolean isNumbered(CharSequence line) {
    return numberEnd(line) > 0;
  }

  /** 一、集中签约项目: a section of the first rank opening the line, which runs to where the next one opens. */
  public static boolean isFirstRankSection(CharSequence line) {
    return FIRST_RANK_SECTION.matcher(line).lookingAt();
  }

  /** 一、总体情况, （二）某某高新区, 一、2024年工作回顾: a section numbered at the line's start. */
  public static boolean isNumberedSection(CharSequence line) {
    return NUMBERED_SECTION.matcher(line).lookingAt();
  }

  /** Where the words after the number of a numbered item or section begin (一、|总体情况), or 0 when none opens the line. */
  public static int numberEnd(CharSequence line) {
    Matcher item = NUMBERED_ITEM.matcher(line);
    if (item.lookingAt()) {
      return item.end();
    }
    Matcher section = NUMBERED_SECTION.matcher(line);
    return section.lookingAt() ? section.end() : 0;
  }
}
