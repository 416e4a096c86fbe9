package zonekg.extract.statistic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import zonekg.doc.EntityType;
import zonekg.doc.LineShapes;
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
 * A list of projects or companies names each in a column of its own (项目名称, 企业名称), and each figure column its
 * indicator, with the unit in brackets unless the cells print it:
 * <pre>
 *   序号｜项目名称｜投资方｜总投资（亿元）｜预计年产值
 *   1｜某某储能电池项目｜某某能源科技有限公司｜36｜50亿元
 * </pre>
 * A row is read only under a header, and a header is a row none of whose cells after the first is a number.
 */
final class TableReader {
  private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d+(?:,\\d{3})*(?:\\.\\d+)?");
  /** An indicator is named in words: a row that opens with a number is no row of figures of one. */
  private static final Pattern NAMED = Pattern.compile("\\p{IsHan}");
  private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:计量)?单位$");
  private static final Pattern INDICATOR_COLUMN = Pattern.compile("^指标(?:名称)?$");
  /** The column naming what each row is about: 项目名称, 企业名称, 园区, 开发区. */
  private static final Pattern NAME_COLUMN =
      Pattern.compile("^(?:(?:项目|企业|公司|园区|平台|载体|开发区|高新区|经开区)(?:名称)?|名称)$");
  private static final Pattern ROW_NUMBER_COLUMN = Pattern.compile("^序号$");
  /** 名次 / 第3名: a column of places in a ranking. */
  private static final Pattern RANK_COLUMN = Pattern.compile("^(?:名次|排名|位次)$");
  private static final Pattern RANK_CELL = Pattern.compile("^第?(\\d{1,3})[名位]?$");
  private static final String RANK_UNIT = "位";
  /** 综合得分: a column of scores, counted in points. */
  private static final Pattern SCORE_COLUMN = Pattern.compile("(?:得分|分数|评分)$");
  private static final String POINTS = "分";
  /** 总投资（亿元）: the unit of a column's figures, bracketed after its name. */
  private static final Pattern BRACKETED_UNIT = Pattern.compile("[（(]([^（）()]{1,6})[)）]$");
  private static final Pattern RATE_COLUMN = Pattern.compile("增长|增速|增幅|同比|比上年|比去年");
  /** 增速, 同比增长（%）: a rate column named by the rate alone, which is of the value column before it. */
  private static final Pattern BARE_RATE_COLUMN =
      Pattern.compile("^(?:同比|比上年|比去年)?(?:增长|增速|增幅)(?:[（(]%[)）])?$");
  private static final Pattern SHARE_COLUMN = Pattern.compile("占比|比重");
  private static final String GROWTH = "增速";
  private static final String SHARE = "占比";
  private static final String PERCENT = "%";
  private final PeriodFinder periods = new PeriodFinder();
  private final KindClassifier kinds = new KindClassifier();
  private List<String> header;

  /** Whether {@code sentence} is a row of a text table: three cells or more. */
  static boolean isRow(Sentence sentence) {
    return LineShapes.isTableRow(sentence.text());
  }

  /**
   * Reads a row: a header is kept for the rows below it, which give their figures of {@code subject} (or of the one
   * of {@code named}, the row's mentions, that its first cell or its name column names), with {@code scope} the
   * period of a value column whose header names none. Empty when the row is not one of a table read here: no header
   * stands above it, or it has another number of cells; its sentence is then read as text.
   */
  Optional<List<Observation>> read(Sentence sentence, List<Mention> named, String subject, EntityType subjectType,
      String scope) {
    List<Cell> cells = cells(sentence);
    if (header != null && cells.size() < header.size()
        && cells.stream().map(c -> Label.of(c.text())).allMatch(Label::isUnitAlone)) {
      unitsUnderHeader(cells);
      return Optional.of(List.of());
    }
    boolean figures = cells.stream().skip(1).anyMatch(c -> figure(c.text()).isPresent());
    if (!figures && cells.stream().noneMatch(c -> holdsAmount(c.text()))) {
      header = cells.stream().map(Cell::text).toList();
      return Optional.of(List.of());
    }
    if (header == null || header.size() != cells.size()) {
      return Optional.empty();
    }
    boolean indicatorColumn = header.stream().anyMatch(h -> INDICATOR_COLUMN.matcher(h).matches());
    int nameColumn = indicatorColumn ? -1 : IntStream.range(0, header.size())
        .filter(j -> NAME_COLUMN.matcher(header.get(j)).matches()).findFirst().orElse(-1);
    if (nameColumn >= 0) {
      // a row that states its amounts in words (投资35亿元) is read as text
      List<Observation> read = namedRow(sentence, cells, named, nameColumn, scope);
      return read.isEmpty() ? Optional.empty() : Optional.of(read);
    }
    return Optional.of(subject == null ? List.of() : indicatorRow(sentence, cells, named, subject, subjectType, scope));
  }

  /**
   * 地区生产总值｜增速 over （亿元）｜（%）: a header's second line brackets the units of the columns of figures, in
   * turn from the first after those that name the rows.
   */
  private void unitsUnderHeader(List<Cell> units) {
    List<String> named = new ArrayList<>(header);
    int first = 0;
    while (first < header.size() - 1 && namesRows(header.get(first))) {
      first++;
    }
    for (int j = 0; j < units.size() && first + j < header.size(); j++) {
      named.set(first + j, header.get(first + j) + units.get(j).text());
    }
    header = List.copyOf(named);
  }

  private static boolean namesRows(String column) {
    return Stream.of(NAME_COLUMN, ROW_NUMBER_COLUMN, INDICATOR_COLUMN).anyMatch(p -> p.matcher(column).matches());
  }

  private List<Observation> indicatorRow(Sentence sentence, List<Cell> cells, List<Mention> named, String subject,
      EntityType subjectType, String scope) {
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
    // 固定资产投资（亿元）: the row's name brackets the unit of its figures when no column gives one
    Label row = Label.of(indicator);
    if (unit == null && row.unit() != null) {
      unit = row.unit();
      indicator = row.name();
    }
    List<Observation> out = new ArrayList<>();
    for (int j = 1; j < cells.size(); j++) {
      Optional<BigDecimal> value = number(cells.get(j).text());
      if (value.isPresent()) {
        out.add(observation(sentence, of, ofType, indicator, header.get(j), value.get(), unit, cells.get(j).span(),
            scope));
      }
    }
    return out;
  }

  /** A row of a list of projects or companies: the figures of the one its name column names. */
  private List<Observation> namedRow(Sentence sentence, List<Cell> cells, List<Mention> named, int nameColumn,
      String scope) {
    Cell name = cells.get(nameColumn);
    Optional<Mention> of = named.stream()
        .filter(m -> name.span().contains(m.span())
            && (m.type() == EntityType.PROJECT || SubjectFinder.SUBJECT_TYPES.contains(m.type())))
        .max(Comparator.comparingInt(m -> m.span().length()));
    if (of.isEmpty()) {
      return List.of();
    }
    List<Observation> out = new ArrayList<>();
    for (int j = 0; j < cells.size(); j++) {
      String column = header.get(j);
      Matcher rank = RANK_CELL.matcher(cells.get(j).text());
      if (RANK_COLUMN.matcher(column).matches() && rank.matches()) {
        out.add(new Observation(of.get().name(), of.get().type(), column, new BigDecimal(rank.group(1)), RANK_UNIT,
            scope, StatKind.RANK, null, null, cells.get(j).span(), sentence.index()));
        continue;
      }
      Optional<Figure> figure = figure(cells.get(j).text());
      if (j == nameColumn || ROW_NUMBER_COLUMN.matcher(column).matches() || figure.isEmpty()) {
        continue;
      }
      Label label = Label.of(column);
      if (BARE_RATE_COLUMN.matcher(column).matches() && j > 0) {
        // 地区生产总值｜增速: the rate of the amount in the column before
        label = new Label(Label.of(header.get(j - 1)).name(), label.unit());
      }
      String unit = figure.get().unit() != null ? figure.get().unit() : label.unit() != null ? label.unit()
          : SCORE_COLUMN.matcher(column).find() ? POINTS : null;
      out.add(observation(sentence, of.get().name(), of.get().type(), label.name(), column, figure.get().value(), unit,
          cells.get(j).span(), scope));
    }
    return out;
  }

  /** One figure of a row, of the kind its column says: a rate, a share, or a value of the column's period. */
  private Observation observation(Sentence sentence, String of, EntityType ofType, String indicator, String column,
      BigDecimal value, String unit, Span number, String scope) {
    if (RATE_COLUMN.matcher(column).find()) {
      return new Observation(of, ofType, indicator + GROWTH, value, PERCENT, periodOf(scope), StatKind.GROWTH, null,
          null, number, sentence.index());
    }
    if (SHARE_COLUMN.matcher(column).find()) {
      return new Observation(of, ofType, indicator + SHARE, value, PERCENT, periodOf(scope), StatKind.SHARE, null,
          null, number, sentence.index());
    }
    String period = periods.find(column, 0).stream().filter(p -> !p.comparand()).map(PeriodMention::label)
        .findFirst().orElse(scope);
    // 预计年产值: a column of what is planned or expected holds targets
    StatKind named = kindOf(unit, indicator);
    StatKind kind = kinds.isTarget(named, column) ? StatKind.TARGET : named;
    return new Observation(of, ofType, indicator, value, unit, period, kind, null, null, number, sentence.index());
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

  private StatKind kindOf(String unit, String indicator) {
    return Optional.ofNullable(unit).flatMap(Unit::lookup).map(u -> kinds.ofNamed(u.base(), indicator))
        .orElse(StatKind.OTHER);
  }

  private record Cell(String text, Span span) {}

  private static List<Cell> cells(Sentence sentence) {
    String text = sentence.text();
    List<Cell> out = new ArrayList<>();
    int begin = 0;
    Matcher separator = LineShapes.CELL_SEPARATOR.matcher(text);
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

  /** A column's or a row's name, and the unit bracketed after it (总投资（亿元） → 总投资, 亿元), or null. */
  private record Label(String name, String unit) {
    /** （亿元）｜（%）: a cell of a header's second line, which gives the unit of the column above it. */
    boolean isUnitAlone() {
      return name.isEmpty() && unit != null;
    }

    static Label of(String label) {
      Matcher bracketed = BRACKETED_UNIT.matcher(label);
      return bracketed.find() ? new Label(label.substring(0, bracketed.start()), bracketed.group(1))
          : new Label(label, null);
    }
  }

  /** A cell's figure: a number, maybe with the unit it is in (8.5亿元). */
  private record Figure(BigDecimal value, String unit) {}

  private static Optional<Figure> figure(String cell) {
    Matcher m = NUMBER.matcher(cell);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String rest = cell.substring(m.end());
    if (!rest.isEmpty() && Unit.lookup(rest).isEmpty()) {
      return Optional.empty();
    }
    return number(m.group()).map(v -> new Figure(v, rest.isEmpty() ? null : rest));
  }

  /** 投资35亿元: a cell of prose that states an amount, which no header holds. */
  private static boolean holdsAmount(String cell) {
    Matcher m = NUMBER.matcher(cell);
    while (m.find()) {
      if (Unit.longestAt(cell, m.end()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<BigDecimal> number(String cell) {
    return NUMBER.matcher(cell).matches()
        ? Optional.of(new BigDecimal(cell.replace(",", "").replace('−', '-'))) : Optional.empty();
  }
}
