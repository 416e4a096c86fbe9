package zonekg.extract.statistic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Sentence;

/**
 * A paragraph headed by the name of the firm, park or project it presents, as lists of companies are printed
 * (——某某轴承股份有限公司（某某精工）。主营汽车轮毂轴承，2021年实现营业收入6.8亿元…): its figures that name no one else
 * are that one's, not the article's zone's.
 */
final class ListHeading {
  /** What may mark an item of a list before its name: a dash, a bullet, a number. */
  private static final Pattern MARK = Pattern.compile(
      "\\s*(?:—{1,2}|[●◆■▲△▶►★☆•·]|\\d{1,2}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?\\s*");
  /**
   * After the name, what may close the heading: a short name in brackets, or the fields of a notice's item in brackets
   * (（依托单位：某某有限公司，所在园区：某某高新区，固定研究人员46人）) or after commas (，依托单位：某某有限公司。), a full
   * stop or a colon.
   */
  private static final Pattern CLOSE = Pattern.compile("(?:[（(][^）)，,。]{1,12}[）)]|[（(]" + Fields.LABEL
      + "[^（）()]*[）)]|(?:[，,]" + Fields.LABEL + "[^，,。；;：:]+)+)?[。：:]?\\s*");
  private static final Set<EntityType> PRESENTED = Set.of(EntityType.ENTERPRISE, EntityType.PLATFORM,
      EntityType.PROJECT);

  private ListHeading() {}

  /** The fields a notice gives of an item: 依托单位：, 所在园区：, 运营单位：. */
  static final class Fields {
    static final String LABEL = "\\p{IsHan}{2,6}[：:]";
    /** A name given as a field's value (所在园区：某某高新区), which is no one the item's figures are about. */
    static final Pattern VALUE_OF = Pattern.compile("[（(，,]" + LABEL + "$");

    private Fields() {}
  }

  /** The firm, park or project {@code sentence} consists of, as a heading; {@code named} are its mentions. */
  static Optional<Mention> of(Sentence sentence, List<Mention> named) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    Matcher mark = MARK.matcher(text);
    mark.lookingAt();
    List<Mention> presented = named.stream().filter(m -> PRESENTED.contains(m.type()))
        .filter(m -> !Fields.VALUE_OF.matcher(text.substring(0, m.span().begin() - offset)).find()).toList();
    if (presented.isEmpty() || presented.size() > 2 || presented.get(0).span().begin() != offset + mark.end()) {
      return Optional.empty();
    }
    Mention heading = presented.get(presented.size() - 1);
    // 1．某某微电子12英寸功率器件产线项目: a company named at the head of its project's name
    boolean ownerBefore = presented.size() == 1 || presented.get(0).type() == EntityType.ENTERPRISE
        && heading.type() == EntityType.PROJECT && presented.get(0).span().end() == heading.span().begin();
    if (!ownerBefore) {
      return Optional.empty();
    }
    Matcher close = CLOSE.matcher(text).region(heading.span().end() - offset, text.length());
    return close.matches() ? Optional.of(heading) : Optional.empty();
  }
}
