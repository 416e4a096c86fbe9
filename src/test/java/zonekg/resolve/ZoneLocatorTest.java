package zonekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.zone.NationalZones;

class ZoneLocatorTest {
  private final ZoneLocator locator = new ZoneLocator(Gazetteer.get(), NationalZones.get());

  @Test
  void aZoneThatIsACountyLevelUnitOfItsOwnIsInThatUnitsCity() {
    assertThat(locator.locate("徐州经济技术开发区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("徐州市");
      assertThat(l.certain()).isTrue();
    });
  }

  @Test
  void anInnovationDemonstrationZoneOfSeveralCitiesLiesInItsFirstNamed() {
    assertThat(locator.locate("郑洛新国家自主创新示范区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("郑州市");
      assertThat(l.certain()).isTrue();
    });
    assertThat(locator.locate("中关村示范区")).hasValueSatisfying(l -> assertThat(l.city().name()).isEqualTo("北京市"));
  }

  @Test
  void aDevelopmentZoneNamedByATownNoGazetteerHoldsLiesInTheCityOfTheNationalList() {
    assertThat(locator.locate("宾西经开区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("哈尔滨市");
      assertThat(l.certain()).isTrue();
    });
    // 洋浦 is no division; the zone lies on the land of 儋州, not of the provincial capital
    assertThat(locator.locate("洋浦经济开发区")).hasValueSatisfying(l -> assertThat(l.city().name()).isEqualTo("儋州市"));
  }

  @Test
  void aDistrictShortNameSharedByManyCitiesIsNoCertainCity() {
    assertThat(locator.locate("鼓楼科创新区")).hasValueSatisfying(l -> assertThat(l.certain()).isFalse());
  }

  @Test
  void aFreeTradeAreaLiesInTheCityNamedAfterTheZone() {
    assertThat(locator.locate("中国（福建）自由贸易试验区厦门片区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("厦门市");
      assertThat(l.certain()).isTrue();
    });
    assertThat(locator.locate("福建自贸试验区福州片区")).hasValueSatisfying(
        l -> assertThat(l.city().name()).isEqualTo("福州市"));
  }

  @Test
  void aFreeTradeAreaNamedByADistrictOfItsProvinceLiesInThatDistrictsCity() {
    assertThat(locator.locate("中国（广东）自由贸易试验区南沙片区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("广州市");
      assertThat(l.certain()).isTrue();
    });
  }

  @Test
  void anAreaOfAMunicipalitysFreeTradeZoneLiesInTheMunicipality() {
    assertThat(locator.locate("中国（天津）自由贸易试验区中心商务片区")).hasValueSatisfying(
        l -> assertThat(l.city().name()).isEqualTo("天津市"));
  }

  @Test
  void aZoneNamedByACountyLevelCityOfAPrefectureThatIsNoCityLiesInThatCity() {
    assertThat(locator.locate("喀什综合保税区")).hasValueSatisfying(l -> assertThat(l.city().name()).isEqualTo("喀什市"));
    assertThat(locator.locate("库尔勒经开区")).hasValueSatisfying(l -> assertThat(l.city().name()).isEqualTo("库尔勒市"));
    assertThat(locator.locate("昆山经开区")).hasValueSatisfying(l -> assertThat(l.city().name()).isEqualTo("苏州市"));
  }

  @Test
  void aNameOpeningWithACityIsInThatCity() {
    assertThat(locator.locate("芜湖经开区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("芜湖市");
      assertThat(l.certain()).isTrue();
    });
  }

  @Test
  void aCountyNamedAfterItsProvinceLiesInTheCountysCity() {
    assertThat(locator.locate("江西樟树经济开发区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("宜春市");
      assertThat(l.certain()).isTrue();
    });
    assertThat(locator.locate("天津经济技术开发区")).hasValueSatisfying(
        l -> assertThat(l.city().name()).isEqualTo("天津市"));
  }

  @Test
  void aCountyNoOtherDivisionSharesANameWithIsACertainCityButAnUrbanDistrictIsNot() {
    assertThat(locator.locate("仁怀经济开发区")).hasValueSatisfying(l -> {
      assertThat(l.city().name()).isEqualTo("遵义市");
      assertThat(l.certain()).isTrue();
    });
    assertThat(locator.locate("曲江文化产业新区")).hasValueSatisfying(l -> assertThat(l.certain()).isFalse());
  }
}
