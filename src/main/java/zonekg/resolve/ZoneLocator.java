package zonekg.resolve;

import java.util.Optional;
import zonekg.extract.region.Division;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.zone.NationalZones;
import zonekg.extract.zone.ZoneNames;

/**
 * The city a zone lies in: from the national lists (东湖高新区 → 武汉市), else from the place its
 * name opens with (济南高新区 → 济南市), or a free-trade area's city. A name opening with only a district or no
 * place at all (曲江新区 beside 西安高新区) takes the city of the zones named around it.
 */
final class ZoneLocator {
  private static final String FREE_TRADE_ZONE = "试验区";
  private static final String AREA = "片区";
  private static final String CITY = "市";
  /** A division's full name this long is no other division's: 苏州工业园区, but not 鼓楼区. */
  private static final int UNIQUE_NAME_LENGTH = 5;

  private final Gazetteer gazetteer;
  private final NationalZones national;

  ZoneLocator(Gazetteer gazetteer, NationalZones national) {
    this.gazetteer = gazetteer;
    this.national = national;
  }

  /** The city known from the name alone, and whether it is certain (not just a district's city). */
  record Located(Division city, boolean certain) {}

  Optional<Located> locate(String name) {
    Optional<Division> countyLevelCity = countyLevelCity(ZoneNames.canonical(name));
    if (countyLevelCity.isPresent()) {
      return countyLevelCity.map(d -> new Located(d, true));
    }
    Optional<NationalZones.Listed> listed = national.find(name);
    if (listed.isPresent()) {
      return gazetteer.byFullName(listed.get().city()).map(d -> new Located(d, true));
    }
    return pilotArea(name).or(() -> openingPlace(name));
  }

  /**
   * 喀什综合保税区, 库尔勒经开区: a zone named by a county-level city of an autonomous prefecture, a league or a 地区 lies
   * in that city, the one such a prefecture's news names it by; a county-level city of a prefecture-level city (昆山,
   * 江阴) is placed in that city as usual.
   */
  private Optional<Division> countyLevelCity(String name) {
    int len = gazetteer.longestNameAt(name, 0);
    if (len == 0) {
      return Optional.empty();
    }
    String place = name.substring(0, len);
    return gazetteer.byFullName(place.endsWith(CITY) ? place : place + CITY)
        .filter(d -> d.level() == Division.Level.DISTRICT)
        .filter(d -> gazetteer.city(d).filter(c -> c.name().endsWith(CITY)).isEmpty());
  }

  /**
   * A free-trade zone's area is named by its city after the zone (中国（浙江）自由贸易试验区宁波片区 → 宁波市) or by a
   * district of a city in the province the zone is named by (中国（河北）自由贸易试验区曹妃甸片区 → 唐山市); an area of a
   * municipality's zone lies in the municipality, whatever it is named (上海自贸试验区临港新片区 → 上海市).
   */
  private Optional<Located> pilotArea(String name) {
    String canonical = ZoneNames.canonical(name);
    int zone = canonical.lastIndexOf(FREE_TRADE_ZONE);
    if (!canonical.endsWith(AREA) || zone < 0) {
      return Optional.empty();
    }
    Optional<Division> province = provinceAt(canonical, 0);
    int at = zone + FREE_TRADE_ZONE.length();
    int len = gazetteer.longestNameAt(canonical, at);
    Optional<Division> place = len == 0 ? Optional.empty() : gazetteer.lookup(canonical.substring(at, at + len));
    Optional<Division> city = place.filter(d -> d.level() == Division.Level.CITY)
        .or(() -> place.filter(d -> d.level() == Division.Level.DISTRICT && province.isPresent()
            && gazetteer.province(d).equals(province)).flatMap(gazetteer::city))
        .or(() -> province.filter(Division::isMunicipality));
    return city.map(c -> new Located(c, true));
  }

  private Optional<Division> provinceAt(String name, int at) {
    int len = gazetteer.longestNameAt(name, at);
    return len == 0 ? Optional.empty()
        : gazetteer.lookup(name.substring(at, at + len)).filter(d -> d.level() == Division.Level.PROVINCE);
  }

  /**
   * The city of the place the name opens with, or of the county right after its province. A district's short name
   * may be another city's too, so it is no certain city unless it is a county no other division goes by (清镇);
   * some zones are county-level units in their own right (淮安经济技术开发区), and a name that long names one place.
   */
  private Optional<Located> openingPlace(String name) {
    int len = gazetteer.longestNameAt(name, 0);
    if (len == 0) {
      return Optional.empty();
    }
    Division place = gazetteer.lookup(name.substring(0, len)).orElseThrow();
    if (place.level() == Division.Level.PROVINCE && gazetteer.city(place).isEmpty()) {
      return countyOfProvince(name, len, place);
    }
    boolean certain = place.level() != Division.Level.DISTRICT
        || place.name().length() == len && len >= UNIQUE_NAME_LENGTH || isOnlyCounty(place, name.substring(0, len));
    return gazetteer.city(place).map(c -> new Located(c, certain));
  }

  /**
   * 清镇经开区: a county or county-level city no other division shares a short name with. An urban district's name is
   * no such evidence: 曲江新区 of 西安 is not in 曲江区 of 韶关.
   */
  private boolean isOnlyCounty(Division place, String placeName) {
    return place.name().matches(".*[市县旗]$") && gazetteer.namesOnePlace(placeName);
  }

  /** 江西丰城高新技术产业园区: the county or city named right after the province, when it is one of the province's. */
  private Optional<Located> countyOfProvince(String name, int provinceEnd, Division province) {
    int len = gazetteer.longestNameAt(name, provinceEnd);
    if (len == 0) {
      return Optional.empty();
    }
    return gazetteer.lookup(name.substring(provinceEnd, provinceEnd + len))
        .filter(d -> d.level() != Division.Level.PROVINCE && gazetteer.province(d).equals(Optional.of(province)))
        .flatMap(gazetteer::city)
        .map(c -> new Located(c, true));
  }

  Optional<Division> province(Division city) {
    return gazetteer.province(city);
  }
}
