package zonekg.doc;

/**
 * What one document says of an entity it names. Documents may disagree — one places a company in 甲高新区, a later
 * one in 乙经开区; one reports a project signed, another in production — so each keeps its own.
 *
 * @param zone key of the zone the document places the entity in (the one it does so most often), or null
 * @param enterprise for a project, key of the enterprise the document links it to, or null
 * @param status for a project, the stage the document states first, as printed, or null
 */
public record Attestation(String zone, String enterprise, String status) {
  /** A document that names the entity and says nothing more of it. */
  public static final Attestation NAMED = new Attestation(null, null, null);
}
