package zonekg.extract.zone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoneNamesTest {
  @Test
  void longAndShortFormsShareOneCanonicalName() {
    assertThat(ZoneNames.canonical("昆明国家高新技术产业开发区")).isEqualTo("昆明高新区");
    assertThat(ZoneNames.canonical("昆明高新技术产业开发区")).isEqualTo("昆明高新区");
    assertThat(ZoneNames.canonical("昆明市高新区")).isEqualTo("昆明高新区");
    assertThat(ZoneNames.canonical("长沙经济技术开发区")).isEqualTo("长沙经开区");
    assertThat(ZoneNames.canonical("金桥经济开发区")).isEqualTo("金桥经开区");
    assertThat(ZoneNames.canonical("广州南沙综合保税区")).isEqualTo("广州南沙综保区");
    assertThat(ZoneNames.canonical("甘肃转型综合改革示范区")).isEqualTo("甘肃综改示范区");
    assertThat(ZoneNames.canonical("上海漕河泾新兴技术开发区")).isEqualTo("上海漕河泾开发区");
    assertThat(ZoneNames.canonical("湖南湘江新区")).isEqualTo("湖南湘江新区");
    assertThat(ZoneNames.canonical("合肥国家高新区")).isEqualTo("合肥高新区");
    assertThat(ZoneNames.canonical("青岛国家级经开区")).isEqualTo("青岛经开区");
    assertThat(ZoneNames.canonical("洛阳高新技术开发区")).isEqualTo("洛阳高新区");
    assertThat(ZoneNames.canonical("武汉东湖新技术开发区")).isEqualTo("武汉东湖高新区");
  }

  @Test
  void aFreeTradeAreaHasOneNameWithOrWithoutChinaAndItsLongForm() {
    assertThat(ZoneNames.canonical("中国（安徽）自由贸易试验区合肥片区")).isEqualTo("安徽自贸试验区合肥片区");
    assertThat(ZoneNames.canonical("安徽自由贸易试验区合肥片区")).isEqualTo("安徽自贸试验区合肥片区");
    assertThat(ZoneNames.canonical("安徽自贸试验区合肥片区")).isEqualTo("安徽自贸试验区合肥片区");
  }

  @Test
  void nationalListsKnowZonesWithoutACityInTheirName() {
    assertThat(NationalZones.get().lookup("东湖高新区").orElseThrow().city()).isEqualTo("武汉市");
    assertThat(NationalZones.get().lookup("湘江新区").orElseThrow().city()).isEqualTo("长沙市");
  }
}
