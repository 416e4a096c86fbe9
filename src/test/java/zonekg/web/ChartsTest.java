package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zonekg.web.Charts.Chart;
import zonekg.web.EntityView.Link;
import zonekg.web.EntityView.StatisticRow;

class ChartsTest {
  private static final Link ZONE_A = new Link("z:a", "星河高新区");
  private static final Link ZONE_B = new Link("z:b", "云岭经开区");
  private static final Link REVENUE = new Link("i:rev", "营业收入");
  private static final Link GROWTH = new Link("i:growth", "增速");
  private static final Link FIRMS = new Link("i:firms", "企业数量");

  @Test
  void aZoneGetsOneLinePerIndicatorWithTwoPeriodsInYearOrder() {
    List<StatisticRow> rows = List.of(
        row(ZONE_A, REVENUE, "1350.5", "亿元", "2023年"),
        row(ZONE_A, GROWTH, "8.5", "%", "2022年"),
        row(ZONE_A, REVENUE, "1200", "亿元", "2022年前三季度"),
        row(ZONE_B, REVENUE, "980", "亿元", "2021年"));

    assertThat(Charts.overTime("z:a", rows)).containsExactly(
        new Chart("营业收入（亿元）", "line", List.of("2022年前三季度", "2023年"), List.of("1200", "1350.5")));
  }

  @Test
  void anIndicatorComparesItsSubjectsPerUnit() {
    List<StatisticRow> rows = List.of(
        row(ZONE_A, REVENUE, "1350.5", "亿元", "2023年"),
        row(ZONE_B, REVENUE, "980", "亿元", "2023年"),
        row(ZONE_B, REVENUE, "12", "%", "2023年"));

    assertThat(Charts.comparison("i:rev", rows)).containsExactly(
        new Chart("营业收入（亿元）", "bar", List.of("星河高新区 2023年", "云岭经开区 2023年"), List.of("1350.5", "980")));
  }

  @Test
  void jsonCannotCloseTheScriptElement() {
    String json = Charts.json(List.of(new Chart("</script><b>\"x\"", "bar", List.of("a&b"), List.of("1.5", "1e3x"))));

    assertThat(json).isEqualTo("[{\"title\":\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\",\"type\":\"bar\","
        + "\"labels\":[\"a\\u0026b\"],\"values\":[1.5,null]}]");
  }

  @Test
  void relativePeriodsSortByTheirResolvedDatesAndShowTheirYear() {
    List<StatisticRow> rows = List.of(
        row(ZONE_A, GROWTH, "23.5", "%", "今年上半年", "2025-06-30"),
        row(ZONE_A, GROWTH, "13.5", "%", "去年", "2024-12-31"),
        row(ZONE_A, GROWTH, "9.1", "%", "2023年", "2023-12-31"));

    assertThat(Charts.overTime("z:a", rows)).containsExactly(new Chart("增速（%）", "line",
        List.of("2023年", "去年（2024）", "今年上半年（2025）"), List.of("9.1", "13.5", "23.5")));
  }

  @Test
  void targetsHaveTheirOwnLineAndFiguresWithoutAPeriodNone() {
    List<StatisticRow> rows = List.of(
        row(ZONE_A, FIRMS, "720", "家", "2024年", "2024-12-31", "count"),
        row(ZONE_A, FIRMS, "1700", "家", "2025年底前", "2025-12-31", "target"),
        row(ZONE_A, FIRMS, "650", "家", "2023年", "2023-12-31", "count"),
        row(ZONE_A, FIRMS, "2000", "家", "2026年", "2026-12-31", "target"),
        row(ZONE_A, FIRMS, "700", "家", "", "", "count"));

    assertThat(Charts.overTime("z:a", rows)).containsExactly(
        new Chart("企业数量（家）", "line", List.of("2023年", "2024年"), List.of("650", "720")),
        new Chart("企业数量（家） · 目标", "line", List.of("2025年底前", "2026年"), List.of("1700", "2000")));
  }

  private static StatisticRow row(Link subject, Link indicator, String value, String unit, String period) {
    return row(subject, indicator, value, unit, period, "");
  }

  private static StatisticRow row(Link subject, Link indicator, String value, String unit, String period,
      String periodEnd) {
    return row(subject, indicator, value, unit, period, periodEnd, "amount");
  }

  private static StatisticRow row(Link subject, Link indicator, String value, String unit, String period,
      String periodEnd, String kind) {
    return new StatisticRow("s", subject, indicator, value, unit, period, periodEnd, kind, "", Optional.empty(),
        "", Optional.empty());
  }
}
