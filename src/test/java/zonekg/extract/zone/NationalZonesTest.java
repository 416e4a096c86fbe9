package zonekg.extract.zone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalZonesTest {
  private final NationalZones national = NationalZones.get();

  @Test
  void findsAListedZoneByItsOfficialAndShortName() {
    assertThat(national.lookup("长春净月高新技术产业开发区")).map(NationalZones.Listed::city).contains("长春市");
    assertThat(national.lookup("净月高新区")).map(NationalZones.Listed::name).contains("长春净月高新技术产业开发区");
  }

  @Test
  void findsItByTheOfficialNameWithItsKindShortenedThoughTheShortNameDropsTheCity() {
    assertThat(national.lookup("长春净月高新区")).map(NationalZones.Listed::name).contains("长春净月高新技术产业开发区");
    assertThat(national.lookup("马鞍山慈湖高新区")).map(NationalZones.Listed::shortName).contains("慈湖高新区");
  }

  @Test
  void findsNoZoneOfAnotherName() {
    assertThat(national.lookup("长春高新区慈湖")).isEmpty();
  }
}
