package zonekg.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import zonekg.doc.LineShapes;

/**
 * Joins printed lines into paragraphs and headlines. A PDF column breaks lines anywhere, even
 * inside a word, so a line goes on in the next one unless it ends a sentence or is a headline;
 * a headline printed over two lines is joined when the first part ends in a colon or no blank
 * line parts them, but a line ending in a colon always opens a new headline ("某某高新区：").
 */
final class ParagraphAssembler {
  /** Where at least this share of lines follow a blank line, a missing blank line means "same block". */
  static final double BLANK_SEPARATED_SHARE = 0.5;
  private static final Pattern NEWS_LEAD = Pattern.compile(LineShapes.DATELINE);
  /** What an official document's title ends with: the kind of document (关于…的通知, …工作报告). */
  private static final Pattern DOCUMENT_KIND = Pattern.compile("(?:通知|通报|决定|意见|公告|方案|办法|报告|批复|函)$");

  private final List<Line> lines;
  private final Layout layout;
  private final boolean blankSeparated;

  private ParagraphAssembler(List<Line> lines) {
    this.lines = lines;
    this.layout = new Layout(lines);
    long afterBlank = lines.stream().filter(l -> l.blanksBefore() > 0).count();
    this.blankSeparated = !lines.isEmpty() && afterBlank >= BLANK_SEPARATED_SHARE * lines.size();
  }

  static List<Paragraph> assemble(List<Line> lines) {
    return new ParagraphAssembler(lines).paragraphs();
  }

  private List<Paragraph> paragraphs() {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i + 1 == lines.size();
      if (last || !joins(i, i + 1)) {
        out.add(paragraph(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  private boolean joins(int i, int next) {
    Line line = lines.get(i);
    Line following = lines.get(next);
    // a byline stood between them: the headline above it ends there, and the article's lead begins
    if (following.boundaryBefore() || line.bylined()) {
      return false;
    }
    // each row of a text table is a paragraph of its own, however it ends, and so is each item of a list; a row's
    // last number the page cut in two goes on in the line below, unless that line is a row itself (…	38.5 / 2	…)
    if (line.isTableRow() && !following.isTableRow() && line.cutsNumberBefore(following)) {
      return true;
    }
    if (line.isTableRow() || following.isTableRow() || following.isListItem()
        || line.isListItem() && following.blanksBefore() > 0) {
      return false;
    }
    // 杭州四季度重大产业项目集中签约开工 /　　10月17日上午，…: an indent under a line that has none opens a paragraph,
    // where a headline the layout did not tell apart may stand above it
    if (following.indented() && !line.indented()) {
      return false;
    }
    // 　　从业态看，大宗商品贸 / [图片] / 易和跨境电商进口…: a paragraph's indented first line, cut short where a web page
    // showed a photo, goes on in an unindented line however short it is, since a paragraph of its own would be indented
    if (line.indented() && !following.indented() && !line.endsSentence() && !isHeadline(next)) {
      return true;
    }
    if (line.goesOnIn(following)) {
      return true;
    }
    if (isDocumentTitle(line) && endsWithColon(following) || NEWS_LEAD.matcher(following.text()).lookingAt()) {
      // 关于…的通知 / 各市科技局：: a notice's title, then whom it is addressed to; 某某新材料项目“拔节生长” /
      // 本报讯（记者 某某）: a headline, then the lead of its article
      return false;
    }
    // a notice's fields (建设单位：… / 总投资：…) each fill a line of their own, unless one fills its column unfinished
    // (负责人：今年园区…其中，紫竹数 / 字创意港…, a turn of an interview), and so does a numbered item unless the line
    // before filled its column and so may go on in it, short of closing a bracket (…固定研究人员32人） / 3．某某实验室）
    if (layout.isField(i) && !runsOn(i, next) || layout.isField(next) && !line.leavesOpen()
        || following.isNumbered() && !line.leavesOpen() && (!layout.isFullColumnLine(i) || endsWithBracket(line))) {
      return false;
    }
    boolean headline = isHeadline(i);
    boolean nextHeadline = isHeadline(next);
    if (headline && nextHeadline) {
      return endsWithColon(line)
          || (!endsWithColon(following) && line.doubled() == following.doubled() && keptTogether(following));
    }
    if (headline || nextHeadline) {
      return false;
    }
    return line.leavesOpen() || !line.endsSentence();
  }

  /** A field's line that fills the column without ending its sentence goes on in a line that is no field. */
  private boolean runsOn(int i, int next) {
    return layout.isFullColumnLine(i) && !lines.get(i).endsSentence() && !layout.isField(next);
  }

  /**
   * A headline-looking line right after a line broken mid-sentence is the sentence's last
   * line, unless it is a doubled headline, which body text never is.
   */
  private boolean isHeadline(int i) {
    if (!layout.isHeadline(i)) {
      return isKicker(i);
    }
    if (lines.get(i).printedAsHeadline() || i == 0) {
      return true;
    }
    Line before = lines.get(i - 1);
    return before.endsSentence() || before.boundaryBefore() || lines.get(i).boundaryBefore()
        || layout.isHeadline(i - 1) || !layout.isFullColumnLine(i - 1);
  }

  /** The line above a doubled headline, itself unfinished and not too long, is its kicker (引题). */
  private boolean isKicker(int i) {
    Line line = lines.get(i);
    boolean beforeDoubled = i + 1 < lines.size() && lines.get(i + 1).doubled();
    boolean afterSentence = i == 0 || lines.get(i - 1).endsSentence();
    return beforeDoubled && afterSentence && !line.endsSentence() && !line.endsClause()
        && layout.width(i) <= Layout.HEADLINE_MAX_WIDTH;
  }

  /** Where blank lines separate every block, their absence joins; where they are rare, one separates. */
  private static boolean keptTogether(Line following) {
    return following.blanksBefore() == 0;
  }

  /**
   * A headline after a finished sentence and a blank line, on a page where blank lines are rare, opens the next
   * article of a file that puts them one after another (web pages, news digests).
   */
  private boolean opensArticle(int i) {
    return !blankSeparated && i > 0 && lines.get(i).blanksBefore() > 0 && isHeadline(i)
        && lines.get(i - 1).endsSentence();
  }

  private static boolean isDocumentTitle(Line line) {
    return line.couldBeHeadline() && DOCUMENT_KIND.matcher(line.text()).find();
  }

  private static boolean endsWithBracket(Line line) {
    char c = line.text().last();
    return c == '）' || c == ')';
  }

  private static boolean endsWithColon(Line line) {
    char c = line.text().last();
    return c == '：' || c == ':';
  }

  private Paragraph paragraph(int from, int to) {
    MappedText text = new MappedText();
    for (int i = from; i <= to; i++) {
      Line line = lines.get(i);
      if (i > from) {
        appendJoint(text, lines.get(i - 1), line);
      }
      text.append(!line.isListItem() ? line.text()
          : inList(i) ? withoutGapAfterMark(line.text()) : line.text().slice(1, line.text().length()).trim());
    }
    Line first = lines.get(from);
    return new Paragraph(text, lines.get(to).newline(), isHeadline(from), first.boundaryBefore() || opensArticle(from),
        to - from + 1, columnWidth(from, to));
  }

  /**
   * ▶ 地区生产总值… over ▶ 规上工业企业…: items of a list, two or more in a row. A mark alone opens a headline (■链接,
   * ■某某高新区：…), which loses it.
   */
  private boolean inList(int i) {
    return i > 0 && lines.get(i - 1).isListItem() || i + 1 < lines.size() && lines.get(i + 1).isListItem();
  }

  /** ▶ 地区生产总值…: the mark stays, to tell the item from a headline, but the gap after it goes. */
  private static MappedText withoutGapAfterMark(MappedText item) {
    return new MappedText().append(item, 0, 1).append(item.slice(1, item.length()).trim());
  }

  /** Median width of the lines the column broke (all but the last), robust to ragged punctuation. */
  private int columnWidth(int from, int to) {
    int last = to > from ? to - 1 : to;
    int[] widths = new int[last - from + 1];
    for (int i = from; i <= last; i++) {
      widths[i - from] = layout.width(i);
    }
    Arrays.sort(widths);
    return widths[widths.length / 2];
  }

  /**
   * Two Latin words broken at a line end keep a space between them; Chinese needs none. Nor does a number, but
   * one whose digits are spaced out keeps its spacing over the break ("1 8" + "5 0万美元", "达到1" + "0 8颗"), so
   * that its digits are read together as one number and not as 18 and 50.
   */
  private static void appendJoint(MappedText text, Line before, Line after) {
    char left = before.text().last();
    char right = after.text().charAt(0);
    boolean words = CharClass.of(left) == CharClass.LATIN && CharClass.of(right) == CharClass.LATIN;
    if ((words || spacedDigitsMeet(before.text(), after.text())) && before.newline() != null) {
      text.append(' ', before.newline().sourceOf(0));
    }
  }

  private static boolean spacedDigitsMeet(MappedText before, MappedText after) {
    int end = before.length();
    if (CharClass.of(before.charAt(end - 1)) != CharClass.DIGIT || CharClass.of(after.charAt(0)) != CharClass.DIGIT) {
      return false;
    }
    boolean spacedBefore = end >= 3 && CharClass.isSpace(before.charAt(end - 2))
        && CharClass.of(before.charAt(end - 3)) == CharClass.DIGIT;
    boolean spacedAfter = after.length() >= 3 && CharClass.isSpace(after.charAt(1))
        && (CharClass.of(after.charAt(2)) == CharClass.DIGIT || after.charAt(2) == '.');
    return spacedBefore || spacedAfter;
  }
}
