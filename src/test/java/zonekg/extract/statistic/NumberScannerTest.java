package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonekg.doc.Span;

class NumberScannerTest {
  private final NumberScanner scanner = new NumberScanner();

  private List<String> scan(String text) {
    List<Span> periods = new PeriodFinder().find(text, 0).stream().map(PeriodMention::span).toList();
    return scanner.scan(text, 0, periods).stream()
        .map(p -> p.number().of(text) + "|" + p.value().toPlainString() + "|" + p.unit() + "|" + p.approx() + "|"
            + p.shape())
        .toList();
  }

  @Test
  void readsArabicNumbersWithUnitsAndMarkers() {
    assertThat(scan("产值突破1,300亿元，企业500余个，占比77%以上，办件1200多件，面积不足3%。")).containsExactly(
        "1,300|1300|亿元|OVER|PLAIN", "500|500|个|OVER|PLAIN", "77|77|%|OVER|PLAIN", "1200|1200|件|OVER|PLAIN",
        "3|3|%|UNDER|PLAIN");
  }

  @Test
  void aSumAfterAnIndicatorsAbbreviationIsReadButAModelsNumberIsNot() {
    assertThat(scan("实现GDP2108.6亿元，PM2.5浓度下降3%，C919客机2架，5G基站120个。")).containsExactly(
        "2108.6|2108.6|亿元|null|PLAIN", "3|3|%|null|PLAIN", "2|2|架|null|PLAIN", "120|120|个|null|PLAIN");
  }

  @Test
  void aTimeOfDayIsNoQuantityButIndexPointsAre() {
    assertThat(scan("清晨8点，园区在孵企业215家；下午3点举行签约仪式，指数上升2.5点。")).containsExactly(
        "215|215|家|null|PLAIN", "2.5|2.5|点|null|PLAIN");
    assertThat(scan("施工时间调整为早6点到11点、晚7点至10点，工人3200名")).containsExactly("3200|3200|名|null|PLAIN");
  }

  @Test
  void neitherHowManyDigitsNorSecondaryIsAFigure() {
    assertThat(scan("营业收入均实现两位数增长，门票及二次消费收入3.9亿元，年产彩灯产品1.5万组。")).containsExactly(
        "3.9|3.9|亿元|null|PLAIN", "1.5|1.5|万组|null|PLAIN");
  }

  @Test
  void readsChineseAndMixedNumbers() {
    assertThat(scan("完成两轮融资，获得近千万元资金，引进百余个项目，新增1.2万人，裁判文书4000余万份。")).containsExactly(
        "两|2|轮|null|PLAIN", "千|1000|万元|ABOUT|PLAIN", "百|100|个|OVER|PLAIN", "1.2|1.2|万人|null|PLAIN",
        "4000|4000|万份|OVER|PLAIN");
  }

  @Test
  void readsPercentagesAndDecimalsInWords() {
    assertThat(scan("投资增长百分之十一点六，比重达百分之六十八，货值三十一点六亿元，高于全市三点二个百分点，占三分之一以上。"))
        .containsExactly("百分之十一点六|11.6|%|null|PLAIN", "百分之六十八|68|%|null|PLAIN",
            "三十一点六|31.6|亿元|null|PLAIN", "三点二|3.2|个百分点|null|PLAIN", "三分之一|0.333333|fraction|OVER|FRACTION");
  }

  @Test
  void readsFractionsAndRanks() {
    assertThat(scan("以全市1/7的企业贡献超1/4的产值和三分之一的税收，增速居全省首位，名列全国第65位。")).containsExactly(
        "1/7|0.142857|fraction|null|FRACTION", "1/4|0.25|fraction|OVER|FRACTION",
        "三分之一|0.333333|fraction|null|FRACTION", "首位|1|位|null|RANK", "65|65|位|null|RANK");
  }

  @Test
  void readsTheHeadOfAnOrderAsFirstPlace() {
    assertThat(scan("数量居全省各开发区之首，继续位居榜首，是首批之首选，荣登榜首。")).containsExactly(
        "之首|1|位|null|RANK", "榜首|1|位|null|RANK");
  }

  @Test
  void readsDoubleFirstAndSizeOrder() {
    assertThat(scan("营收和利润实现全市“双第一”，是全省第一大园区。")).containsExactly(
        "第一|1|位|null|DOUBLE_RANK", "一|1|位|null|RANK");
  }

  @Test
  void sharesTheUnitOfAList() {
    assertThat(scan("分别高12.4、1个百分点，月薪在3000-8000元。")).containsExactly(
        "12.4|12.4|个百分点|null|PLAIN", "1|1|个百分点|null|PLAIN", "3000|3000|元|null|PLAIN",
        "8000|8000|元|null|PLAIN");
  }

  @Test
  void aUnitPrintedInPartBeforeTheWholeIsTheWhole() {
    assertThat(scan("分别高于全市、全省1.1个和0.9个百分点，其中3家和5家企业。")).containsExactly(
        "1.1|1.1|个百分点|null|PLAIN", "0.9|0.9|个百分点|null|PLAIN", "3|3|家|null|PLAIN", "5|5|家|null|PLAIN");
  }

  @Test
  void skipsNamesDatesOrdinalsAndSlogans() {
    assertThat(scan("2024年5月12日举办第十届大赛，发布3.0版和“1+N+X”体系，聚焦三大产业，打造“三个千亿级”集群，"
        + "一是强链，建设一批项目，在第二场对接会上，联系电话12345678，运行3个月，近三年，前两周。")).isEmpty();
  }

  @Test
  void readsHoursDaysAndWorkingDaysButLeavesMonthsToPeriods() {
    assertThat(scan("通关用时两个小时，审批压缩至5个工作日以内，开工用时45天，运行3个月。")).containsExactly(
        "两|2|个小时|null|PLAIN", "5|5|个工作日|UNDER|PLAIN", "45|45|天|null|PLAIN");
  }

  @Test
  void keepsUnitlessFiguresAfterACopula() {
    assertThat(scan("综合指数为101.9，比重均超13，编号2023。")).containsExactly(
        "101.9|101.9|null|null|PLAIN", "13|13|null|OVER|PLAIN");
  }

  @Test
  void aBareTenThousandAfterMoneyIsYuan() {
    assertThat(scan("部分岗位年薪在12万以上。")).containsExactly("12|12|万元|OVER|PLAIN");
  }
  @Test
  void readsPlacesRanksSuperlativesTalliesHalvesAndDoublings() {
    assertThat(scan("占有率为全国第一，拥有我国最大的数据库，今年以来举办的第4场招聘会，总量占全市一半以上，经济总量翻了一番。"))
        .containsExactly("一|1|位|null|RANK", "最大|1|位|null|SUPERLATIVE", "4|4|场|null|TALLY",
            "一半|0.5|fraction|OVER|FRACTION", "翻了一番|2|倍|null|DOUBLING");
    assertThat(scan("营收增长近一倍，一批企业落户。")).containsExactly("一|1|倍|ABOUT|PLAIN");
  }

  @Test
  void readsTenthsOnlyAfterAShareABoundOrAChange() {
    assertThat(scan("产值占全区的三成以上，近两成企业亏损，八成是好事，一成不变，三成员工。"))
        .containsExactly("三成|0.3|fraction|OVER|FRACTION", "两成|0.2|fraction|ABOUT|FRACTION");
    assertThat(scan("占比约为八成，成本降低三成，环节压减七成以上，占比不低于四成。")).containsExactly(
        "八成|0.8|fraction|null|FRACTION", "三成|0.3|fraction|null|FRACTION", "七成|0.7|fraction|OVER|FRACTION",
        "四成|0.4|fraction|OVER|FRACTION");
    assertThat(scan("查验量同比增长五成以上，营收提升两成，履约率保持在九成以上，在三成员单位中。")).containsExactly(
        "五成|0.5|fraction|OVER|FRACTION", "两成|0.2|fraction|null|FRACTION", "九成|0.9|fraction|OVER|FRACTION");
    assertThat(scan("物流成本下降了三成，审批时限压缩六成，主体结构已完成七成，配套率不足两成，其中有四成来自省外。"))
        .containsExactly("三成|0.3|fraction|null|FRACTION", "六成|0.6|fraction|null|FRACTION",
            "七成|0.7|fraction|null|FRACTION", "两成|0.2|fraction|UNDER|FRACTION", "四成|0.4|fraction|null|FRACTION");
  }

  @Test
  void readsBoundsSaidAsNoLowerAndNoHigher() {
    assertThat(scan("研发投入不低于5%，能耗不高于3%，用时不超过10天。")).extracting(s -> s.split("\\|")[3])
        .containsExactly("OVER", "UNDER", "UNDER");
  }

  @Test
  void skipsEventOrdinalsFirstsQuotedNamesIdiomsAndSignedContracts() {
    assertThat(scan("在第三场推介会上，落地全省首家中心，推出“黄金19条”，构建四位一体模式，现场签约4个项目。"))
        .containsExactly("4|4|个|null|PLAIN");
  }

  @Test
  void readsABoundStatedBeforeThePlace() {
    assertThat(scan("以不到全市0.4%的土地")).containsExactly("0.4|0.4|%|UNDER|PLAIN");
  }
}
