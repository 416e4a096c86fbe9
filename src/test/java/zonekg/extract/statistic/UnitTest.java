package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitTest {
  @Test
  void looksUpPrintedUnitsWithTheirBaseAndMultiplier() {
    Unit yi = Unit.lookup("亿元").orElseThrow();
    assertThat(yi.base()).isEqualTo(BaseUnit.CNY);
    assertThat(yi.multiplier()).isEqualByComparingTo("100000000");
    assertThat(yi.normalise(new BigDecimal("738.6")).toPlainString()).isEqualTo("73860000000");
    assertThat(Unit.lookup("个百分点").orElseThrow().base().label()).isEqualTo("percentage_point");
    assertThat(Unit.lookup("万平方米").orElseThrow().normalise(new BigDecimal("4.6")).toPlainString()).isEqualTo("46000");
    assertThat(Unit.lookup("位").orElseThrow().base()).isEqualTo(BaseUnit.RANK);
    assertThat(Unit.lookup("fraction").orElseThrow().base()).isEqualTo(BaseUnit.FRACTION);
    // buildings a district counts (税收亿元楼68栋) and parcels in their hundred millions
    assertThat(Unit.lookup("栋").orElseThrow().base()).isEqualTo(BaseUnit.COUNT);
    assertThat(Unit.lookup("亿件").orElseThrow().normalise(new BigDecimal("1.2")).toPlainString()).isEqualTo("120000000");
    assertThat(Unit.lookup("吉瓦时").orElseThrow().base()).isEqualTo(BaseUnit.KWH);
    // land use: 亩均税收52.4万元/亩 is money per mu, not money
    Unit perMu = Unit.lookup("万元/亩").orElseThrow();
    assertThat(perMu.base()).isEqualTo(BaseUnit.CNY_PER_MU);
    assertThat(perMu.normalise(new BigDecimal("52.4")).toPlainString()).isEqualTo("524000");
    // computing power: 算力规模1200P and 2EFlops are petaflops
    assertThat(Unit.lookup("P").orElseThrow().base()).isEqualTo(BaseUnit.PFLOPS);
    assertThat(Unit.lookup("EFlops").orElseThrow().normalise(new BigDecimal("2")).toPlainString()).isEqualTo("2000");
    assertThat(Unit.lookup("万公里").orElseThrow().normalise(new BigDecimal("3800")).toPlainString()).isEqualTo("38000000");
    // foreign money is money, never yuan: 总投资9500万欧元 once read as 9500万元
    Unit euros = Unit.lookup("万欧元").orElseThrow();
    assertThat(euros.base()).isEqualTo(BaseUnit.EUR);
    assertThat(euros.base().isMoney()).isTrue();
    assertThat(Unit.lookup("亿港元").orElseThrow().base()).isEqualTo(BaseUnit.HKD);
    assertThat(Unit.lookup("万立方米").orElseThrow().base().isMoney()).isFalse();
    assertThat(Unit.lookup("亿立方米").orElseThrow().normalise(new BigDecimal("8.6")).toPlainString()).isEqualTo("860000000");
    assertThat(Unit.lookup("万公斤").orElseThrow().base()).isEqualTo(BaseUnit.KG);
  }

  @Test
  void unknownOrMissingUnitsAreEmpty() {
    assertThat(Unit.lookup("万")).isEmpty();
    assertThat(Unit.lookup(null)).isEmpty();
  }

  @Test
  void longestUnitWinsAtAPosition() {
    assertThat(Unit.longestAt("1个百分点", 1).orElseThrow().surface()).isEqualTo("个百分点");
    assertThat(Unit.longestAt("500场次活动", 3).orElseThrow().surface()).isEqualTo("场次");
    assertThat(Unit.longestAt("3万人次", 1).orElseThrow().surface()).isEqualTo("万人次");
    assertThat(Unit.longestAt("3年", 1)).isEmpty();
    assertThat(Unit.longestAt("30亿颗芯片", 2).orElseThrow().surface()).isEqualTo("亿颗");
    assertThat(Unit.longestAt("64.2万标准箱", 4).orElseThrow().normalise(new BigDecimal("64.2")).toPlainString())
        .isEqualTo("642000");
  }
}
