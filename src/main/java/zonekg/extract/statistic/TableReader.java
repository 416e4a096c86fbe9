package zonekg.extract.statistic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Observation;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.StatKind;

/**
 * The figures of a table printed as text, one row a line, as statistical bulletins append them:
 * <pre>
 *   指标名称｜单位｜前三季度｜同比增长（%）
 *   地区生产总值｜亿元｜428.6｜9.3
 * </pre>
 * The header names each column: the unit, the period a value column gives, or a rate (同比增长, 增速) or share (占比,
 * 比重) column. Each row's first cell names the indicator; its figures are the subject's whom the text around the table
 * is about. A table of several zones or parks names each in its first cell and the indicator in a column of its own:
 * <pre>
 *   平台｜指标｜单位｜数值｜增长%
 *   某某综合保税区｜进出口额｜亿元｜1062.5｜11.8
 * </pre>
 * A row is read only under a header, and a header is a row none of whose cells after the first is a number.
 */
final class TableReader {
  private static final Pattern CELL_SEPARATOR = Pattern.compile("[｜|┃\\t]");
  private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  /** An indicator is named in words: a row that opens with a number is no row of figures of one. */
  private static final Pattern NAMED = Pattern.compile("\\p{IsHan}");
  private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:计量)?单位$");
  private static final Pattern INDICATOR_COLUMN = Pattern.compile("^指标(?:名称)?$");
  private static final Pattern RATE_COLUMN = Pattern.compile("增长|增速|增幅|同比|比上年|比去年");
  private static final Pattern SHARE_COLUMN = Pattern.compile("占比|比重");
  private static final String GROWTH = "增速";
  private static final String SHARE = "占比";
  private static final String PERCENT = "%";
  private final PeriodFinder periods = new PeriodFinder();
  private List<String> header;

  /** Whether {@code sentence} is a row of a text table: three cells or more. */
  static boolean isRow(Sentence sentence) {
    return CELL_SEPARATOR.split(sentence.text(), -1).length >= 3;
  }

  /**
   * Reads a row: a header is kept for the rows below it, which give their figures of {@code subject} (or of the one
   * of {@code named}, the row's mentions, that its first cell names, under an indicator column), with {@code scope}
   * the period of a value column whose header names none.
   */
  List<Observation> read(Sentence sentence, List<Mention> named, String subject, EntityType subjectType,
      String scope) {
    List<Cell> cells = cells(sentence);
    boolean figures = cells.stream().skip(1).anyMatch(c -> number(c.text()).isPresent());
    if (!figures) {
      header = cells.stream().map(Cell::text).toList();
      return List.of();
    }
    if (header == null || header.size() != cells.size() || subject == null) {
      return List.of();
    }
    String indicator = cells.get(0).text();
    if (!NAMED.matcher(indicator).find()) {
      return List.of();
    }
    String unit = null;
    String of = subject;
    EntityType ofType = subjectType;
    for (int j = 1; j < cells.size(); j++) {
      if (UNIT_COLUMN.matcher(header.get(j)).matches()) {
        unit = cells.get(j).text();
      } else if (INDICATOR_COLUMN.matcher(header.get(j)).matches()) {
        Optional<Mention> row = namedBy(cells.get(0), named);
        if (row.isPresent()) {
          of = row.get().name();
          ofType = row.get().type();
          indicator = cells.get(j).text();
        }
      }
    }
    List<Observation> out = new ArrayList<>();
    for (int j = 1; j < cells.size(); j++) {
      Optional<BigDecimal> value = number(cells.get(j).text());
      if (value.isEmpty()) {
        continue;
      }
      String column = header.get(j);
      Span number = cells.get(j).span();
      if (RATE_COLUMN.matcher(column).find()) {
        out.add(new Observation(of, ofType, indicator + GROWTH, value.get(), PERCENT, periodOf(scope),
            StatKind.GROWTH, null, null, number, sentence.index()));
      } else if (SHARE_COLUMN.matcher(column).find()) {
        out.add(new Observation(of, ofType, indicator + SHARE, value.get(), PERCENT, periodOf(scope),
            StatKind.SHARE, null, null, number, sentence.index()));
      } else {
        String period = periods.find(column, 0).stream().filter(p -> !p.comparand()).map(PeriodMention::label)
            .findFirst().orElse(scope);
        out.add(new Observation(of, ofType, indicator, value.get(), unit, period, kindOf(unit), null, null,
            number, sentence.index()));
      }
    }
    return out;
  }

  /** The zone, park or company a row's first cell names, maybe after a place (北京 + 大兴国际机场综合保税区). */
  private static Optional<Mention> namedBy(Cell cell, List<Mention> named) {
    return named.stream()
        .filter(m -> cell.span().contains(m.span()) && m.span().end() == cell.span().end()
            && SubjectFinder.SUBJECT_TYPES.contains(m.type()))
        .findFirst();
  }

  /** The rates and shares of a row take the period of its value columns, the first one the header names. */
  private String periodOf(String scope) {
    return header.stream().flatMap(h -> periods.find(h, 0).stream()).filter(p -> !p.comparand())
        .map(PeriodMention::label).findFirst().orElse(scope);
  }

  /** Forgets the header: the table has ended. */
  void end() {
    header = null;
  }

  private static StatKind kindOf(String unit) {
    return Optional.ofNullable(unit).flatMap(Unit::lookup).map(u -> KindClassifier.ofSize(u.base()))
        .orElse(StatKind.OTHER);
  }

  private record Cell(String text, Span span) {}

  private static List<Cell> cells(Sentence sentence) {
    String text = sentence.text();
    List<Cell> out = new ArrayList<>();
    int begin = 0;
    Matcher separator = CELL_SEPARATOR.matcher(text);
    while (true) {
      boolean more = separator.find();
      int end = more ? separator.start() : text.length();
      String raw = text.substring(begin, end);
      int lead = raw.length() - raw.stripLeading().length();
      String cell = raw.strip();
      int from = sentence.span().begin() + begin + lead;
      out.add(new Cell(cell, new Span(from, from + cell.length())));
      if (!more) {
        return out;
      }
      begin = separator.end();
    }
  }

  private static Optional<BigDecimal> number(String cell) {
    return NUMBER.matcher(cell).matches()
        ? Optional.of(new BigDecimal(cell.replace(",", "").replace('−', '-'))) : Optional.empty();
  }
}
