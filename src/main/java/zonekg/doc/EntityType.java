package zonekg.doc;

/** The kinds of named thing zonekg extracts. */
public enum EntityType {
  /** A development zone: 高新区, 经开区, 新区, 综保区, 自贸片区, 示范区. */
  ZONE,
  /** A company or business group. */
  ENTERPRISE,
  /** A named investment, construction or R&amp;D project. */
  PROJECT,
  /** A research or innovation institution, lab, incubator, park or base. */
  PLATFORM,
  /** An administrative division: province, city, district or county; or the whole country. */
  REGION
}
