package zonekg.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.get();

  @Test
  void looksUpFullAndShortNames() {
    assertThat(gazetteer.lookup("武汉市").orElseThrow().code()).isEqualTo("420100");
    assertThat(gazetteer.lookup("武汉").orElseThrow().code()).isEqualTo("420100");
    assertThat(gazetteer.lookup("广西").orElseThrow().name()).isEqualTo("广西壮族自治区");
    assertThat(gazetteer.lookup("延边").orElseThrow().name()).isEqualTo("延边朝鲜族自治州");
  }

  @Test
  void anEthnicNameOfSeveralCharactersMayGoWithout族ButMustLeaveAPlace() {
    assertThat(gazetteer.lookup("新疆").orElseThrow().name()).isEqualTo("新疆维吾尔自治区");
    assertThat(gazetteer.lookup("伊犁").orElseThrow().name()).isEqualTo("伊犁哈萨克自治州");
    assertThat(gazetteer.lookup("内蒙古").orElseThrow().name()).isEqualTo("内蒙古自治区");
    assertThat(gazetteer.lookup("内")).isEmpty();
  }

  @Test
  void prefersThePrefectureCityOverAProvinceOrCountyOfTheSameShortName() {
    assertThat(gazetteer.lookup("吉林").orElseThrow().name()).isEqualTo("吉林市");
    assertThat(gazetteer.lookup("吉林省").orElseThrow().code()).isEqualTo("220000");
  }

  @Test
  void chainsADistrictUpToItsProvince() {
    Division district = gazetteer.lookup("洪山区").orElseThrow();
    assertThat(gazetteer.chain(district)).extracting(Division::name).containsExactly("洪山区", "武汉市", "湖北省");
    assertThat(gazetteer.city(district).orElseThrow().name()).isEqualTo("武汉市");
    assertThat(gazetteer.province(district).orElseThrow().name()).isEqualTo("湖北省");
  }

  @Test
  void aMunicipalityIsItsOwnCityAndProvince() {
    Division district = gazetteer.lookup("浦东新区").orElseThrow();
    assertThat(gazetteer.city(district).orElseThrow().code()).isEqualTo("310000");
    assertThat(gazetteer.province(district).orElseThrow().name()).isEqualTo("上海市");
  }

  @Test
  void aCityWithoutDistrictsAppearsOnce() {
    assertThat(gazetteer.byCode("441900").orElseThrow().name()).isEqualTo("东莞市");
    assertThat(gazetteer.lookup("东莞").orElseThrow().level()).isEqualTo(Division.Level.CITY);
  }

  @Test
  void findsTheLongestNameAtAPosition() {
    assertThat(gazetteer.longestNameAt("在成都市高新区", 1)).isEqualTo(3);
    assertThat(gazetteer.longestNameAt("该高新区", 0)).isZero();
    assertThat(gazetteer.country().name()).isEqualTo("全国");
  }
}
