package zonekg.resolve;

import java.util.Optional;
import zonekg.extract.region.Division;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.zone.NationalZones;

/**
 * The city a zone lies in: from the national lists (东湖高新区 → 武汉市), else from the place its
 * name opens with (济南高新区 → 济南市). A name opening with only a district or no place at all
 * (曲江新区 beside 西安高新区) takes the city of the zones named around it.
 */
final class ZoneLocator {
  private final Gazetteer gazetteer;
  private final NationalZones national;

  ZoneLocator(Gazetteer gazetteer, NationalZones national) {
    this.gazetteer = gazetteer;
    this.national = national;
  }

  /** The city known from the name alone, and whether it is certain (not just a district's city). */
  record Located(Division city, boolean certain) {}

  Optional<Located> locate(String name) {
    Optional<NationalZones.Listed> listed = national.lookup(name)
        .or(() -> national.lookup(zonekg.extract.zone.ZoneNames.canonical(name)));
    if (listed.isPresent()) {
      return gazetteer.byFullName(listed.get().city()).map(d -> new Located(d, true));
    }
    int len = gazetteer.longestNameAt(name, 0);
    if (len == 0) {
      return Optional.empty();
    }
    Division place = gazetteer.lookup(name.substring(0, len)).orElseThrow();
    return gazetteer.city(place).map(c -> new Located(c, place.level() != Division.Level.DISTRICT));
  }

  Optional<Division> province(Division city) {
    return gazetteer.province(city);
  }
}
