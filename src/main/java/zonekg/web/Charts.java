package zonekg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.vocab.ZK;
import zonekg.web.EntityView.StatisticRow;

/**
 * The charts of an entity page as JSON for {@code charts.js}: a zone's figures over time, one line per
 * indicator and unit, and an indicator's figures side by side, one bar per subject and period.
 * A series needs two points; one number is already in the table. Targets are charted apart from the figures
 * reached (a goal of 1 700 firms is no point on the line of firms counted), and a figure without a period has
 * no place on a time axis.
 */
final class Charts {
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
  private static final int MIN_POINTS = 2;
  private static final String TARGET = ZK.target.getLocalName();
  private static final String TARGET_TITLE = " · 目标";

  /** One chart: a title, a kind Chart.js knows ({@code line}, {@code bar}) and its labelled values. */
  record Chart(String title, String type, List<String> labels, List<String> values) {}

  private Charts() {}

  /** Line charts of the statistics whose subject is {@code iri}, per indicator and unit, in period order. */
  static List<Chart> overTime(String iri, List<StatisticRow> rows) {
    Map<String, List<StatisticRow>> series = group(rows.stream()
        .filter(r -> r.subject().iri().equals(iri) && !r.period().isEmpty()).toList(), r -> r.indicator().label());
    List<Chart> charts = new ArrayList<>();
    series.forEach((title, points) -> {
      List<StatisticRow> ordered = points.stream().sorted(Comparator.comparing(Charts::end)).toList();
      if (ordered.stream().map(StatisticRow::period).distinct().count() >= MIN_POINTS) {
        charts.add(new Chart(title, "line", ordered.stream().map(Charts::axisLabel).toList(),
            ordered.stream().map(StatisticRow::value).toList()));
      }
    });
    return charts;
  }

  /** Bar charts of the statistics measured by indicator {@code iri}, one per unit, subjects side by side. */
  static List<Chart> comparison(String iri, List<StatisticRow> rows) {
    Map<String, List<StatisticRow>> byUnit = group(rows.stream().filter(r -> r.indicator().iri().equals(iri)).toList(),
        r -> r.indicator().label());
    List<Chart> charts = new ArrayList<>();
    byUnit.forEach((title, bars) -> {
      if (bars.size() >= MIN_POINTS) {
        charts.add(new Chart(title, "bar",
            bars.stream().map(r -> (r.subject().label() + " " + r.period()).strip()).toList(),
            bars.stream().map(StatisticRow::value).toList()));
      }
    });
    return charts;
  }

  private static Map<String, List<StatisticRow>> group(List<StatisticRow> rows,
      Function<StatisticRow, String> name) {
    Map<String, List<StatisticRow>> groups = new LinkedHashMap<>();
    for (StatisticRow r : rows) {
      String title = (r.unit().isEmpty() ? name.apply(r) : name.apply(r) + "（" + r.unit() + "）")
          + (TARGET.equals(r.kind()) ? TARGET_TITLE : "");
      groups.computeIfAbsent(title, k -> new ArrayList<>()).add(r);
    }
    return groups;
  }

  /**
   * Where a figure sits in time: the last day of its resolved period, else the end of the year its
   * label names (2023年前三季度 → 2023-12-31); figures with neither sort last.
   */
  static String end(StatisticRow row) {
    if (!row.periodEnd().isEmpty()) {
      return row.periodEnd();
    }
    Matcher m = YEAR.matcher(row.period());
    return m.find() ? m.group(1) + "-12-31" : "9999-12-31";
  }

  /** The period as printed, with its year added when the text only said 今年 or 去年 (去年 → 去年（2024）). */
  static String axisLabel(StatisticRow row) {
    if (row.periodEnd().isEmpty() || YEAR.matcher(row.period()).find()) {
      return row.period();
    }
    return row.period() + "（" + row.periodEnd().substring(0, 4) + "）";
  }

  /** The charts as a JSON array, safe inside a {@code <script type="application/json">} element. */
  static String json(List<Chart> charts) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < charts.size(); i++) {
      Chart c = charts.get(i);
      out.append(i == 0 ? "" : ",").append("{\"title\":").append(string(c.title()))
          .append(",\"type\":").append(string(c.type()))
          .append(",\"labels\":").append(strings(c.labels()))
          .append(",\"values\":[").append(String.join(",", c.values().stream().map(Charts::number).toList()))
          .append("]}");
    }
    return out.append("]").toString();
  }

  private static String strings(List<String> values) {
    return "[" + String.join(",", values.stream().map(Charts::string).toList()) + "]";
  }

  // Values are xsd:decimal lexical forms; anything else would break the JSON, so it becomes null.
  private static String number(String value) {
    return value.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? value : "null";
  }

  /** A JSON string with {@code <}, {@code >} and {@code &} escaped, so no text can close the script element. */
  static String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
