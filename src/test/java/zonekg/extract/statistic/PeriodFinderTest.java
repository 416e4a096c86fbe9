package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodFinderTest {
  private final PeriodFinder finder = new PeriodFinder();

  private String find(String text) {
    return String.join("|", finder.find(text, 0).stream()
        .map(p -> p.label() + (p.comparand() ? "(vs)" : "")).toList());
  }

  @Test
  void findsYearsWithTheirParts() {
    assertThat(find("2023年前三季度，今年1-10月，截至2024年11月底，2016-2019年，2025年度计划")).isEqualTo(
        "2023年前三季度|今年1-10月|截至2024年11月底|2016-2019年|2025年度");
  }

  @Test
  void findsRelativeWordsAndSinceClauses() {
    assertThat(find("上半年营收增长，去年规模扩大，目前估值上升，年底前完成，平台运行半年以来，累计服务企业")).isEqualTo(
        "上半年|去年|目前|年底前|平台运行半年以来");
    assertThat(find("年末拥有高新技术企业2315家，年底建成投产，比上年末增加47家")).startsWith("年末|年底|");
  }

  @Test
  void aSubjectBeforeACalendarSinceIsNoPartOfIt() {
    assertThat(find("芜湖高新区今年以来新增企业，园区2023年以来累计引进项目，平台运行半年以来")).isEqualTo(
        "今年以来|2023年以来|平台运行半年以来");
  }

  @Test
  void marksComparedPeriods() {
    assertThat(find("2019年指数较2018年增加，比一季度、上半年分别提高")).isEqualTo("2019年|2018年(vs)|一季度(vs)|上半年(vs)");
    assertThat(find("企业总数较上年末净增215家，去年末达到2635家")).isEqualTo("上年末(vs)|去年末");
    assertThat(find("到2025年，产业规模分别是2020年的2.5倍和2倍，约为去年同期100倍")).isEqualTo("2025年|2020年(vs)|去年(vs)");
  }

  @Test
  void findsDatesAsPeriods() {
    assertThat(find("12月8日，云聘会举行")).isEqualTo("12月8日");
  }
  @Test
  void findsMonthEndsWithoutYearsWholeYearsAnniversariesAndDateRanges() {
    assertThat(find("截至8月底，全年安排资金，成立30年来经历改革，9月6-8日举办博览会")).isEqualTo(
        "截至8月底|全年|成立30年来|9月6-8日");
  }

  @Test
  void findsAnAnniversarysThenAndNow() {
    assertThat(find("设立之初仅有企业800家，十年前占比不足两成，如今超过五成；十年来年均增长12.5%，5年间新建学校40所")).isEqualTo(
        "设立之初|十年前|如今|十年来|5年间");
    assertThat(find("2023年前三季度增长")).isEqualTo("2023年前三季度");
  }

  @Test
  void marksTheSamePeriodOfAnEarlierYearAsComparand() {
    assertThat(find("约为去年同期100倍")).isEqualTo("去年(vs)");
  }
}
