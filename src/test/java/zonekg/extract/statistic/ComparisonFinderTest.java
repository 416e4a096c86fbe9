package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonFinderTest {
  private final ComparisonFinder finder = new ComparisonFinder();

  private Comparison find(String clauseBefore) {
    return finder.find(clauseBefore).orElseThrow();
  }

  @Test
  void readsComparandsBeforeTheVerbInOrder() {
    Comparison c = find("增速比河南省、郑州市分别高");
    assertThat(c.comparands()).containsExactly("河南省", "郑州市");
    assertThat(c.referenceFor(1, 2)).isEqualTo("郑州市");
    assertThat(c.phrase("河南省")).isEqualTo("高于河南省");
  }

  @Test
  void anAdverbOfDegreeIsNoPartOfTheComparand() {
    assertThat(find("该指标排名较上年大幅前移").comparands()).containsExactly("上年");
    assertThat(find("增速比全国平均水平明显加快").comparands()).containsExactly("全国");
  }

  @Test
  void theAggregateOfAWholeRegionIsComparedAsThatRegion() {
    Comparison zones = find("增速比全省综保区平均增速高");
    assertThat(zones.comparands()).containsExactly("全省综保区");
    assertThat(zones.referenceFor(0, 1)).isEqualTo("全省");
    assertThat(find("增速比全区外贸增速高出").referenceFor(0, 1)).isEqualTo("全区");
    assertThat(find("增速高于甘肃全省").referenceFor(0, 1)).isEqualTo("甘肃");
  }

  @Test
  void aPeriodStaysAsPrinted() {
    assertThat(find("比去年同期提高").referenceFor(0, 1)).isEqualTo("去年同期");
    assertThat(find("较上年末增加").referenceFor(0, 1)).isEqualTo("上年末");
  }

  @Test
  void aVerbOfExceedingWithNothingAfterItComparesWithNothing() {
    assertThat(new ComparisonFinder().find("两家企业上半年营收都超过了")).isEmpty();
    assertThat(find("增速超过了全省平均水平").comparands()).containsExactly("全省");
  }
}
