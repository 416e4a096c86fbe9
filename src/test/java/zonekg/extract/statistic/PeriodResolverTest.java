package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodResolverTest {
  private final PeriodResolver resolver = new PeriodResolver(2023);

  @Test
  void infersTheYearFromYearsPrintedWithAPart() {
    assertThat(PeriodResolver.inferYear("到2035年建成，2022年产值增长，2023年上半年营收增长")).hasValue(2023);
    assertThat(PeriodResolver.inferYear("截至2021年11月底，累计到2030年底")).hasValue(2021);
    assertThat(PeriodResolver.inferYear("2019年综合指数为105.5，2018年为102.2")).hasValue(2019);
    assertThat(PeriodResolver.inferYear("今年以来发展迅速")).isEmpty();
  }

  @Test
  void resolvesRelativePeriodsAgainstTheDocumentYear() {
    assertThat(resolver.resolve("今年1-10月")).contains(
        new ResolvedPeriod("今年1-10月", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 10, 31)));
    assertThat(resolver.resolve("去年")).contains(
        new ResolvedPeriod("去年", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    assertThat(resolver.resolve("上半年")).contains(
        new ResolvedPeriod("上半年", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)));
    assertThat(resolver.resolve("前三季度")).contains(
        new ResolvedPeriod("前三季度", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 9, 30)));
    assertThat(resolver.resolve("第二季度")).contains(
        new ResolvedPeriod("第二季度", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)));
  }

  @Test
  void resolvesExplicitYearsAndCutOffs() {
    assertThat(resolver.resolve("2022年")).contains(
        new ResolvedPeriod("2022年", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    assertThat(resolver.resolve("截至2023年11月底")).contains(
        new ResolvedPeriod("截至2023年11月底", null, LocalDate.of(2023, 11, 30)));
    assertThat(resolver.resolve("2016-2019年")).contains(
        new ResolvedPeriod("2016-2019年", LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31)));
    assertThat(resolver.resolve("2024年2月")).contains(
        new ResolvedPeriod("2024年2月", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
  }

  @Test
  void leavesOpenPeriodsUnresolved() {
    assertThat(resolver.resolve("目前")).isEmpty();
    assertThat(resolver.resolve("截至目前")).isEmpty();
    assertThat(new PeriodResolver(null).resolve("今年")).isEmpty();
    assertThat(resolver.resolve("2月30日")).isEmpty();
  }
}
