package zonekg.doc;

/**
 * What one document says of an entity it names. Documents may disagree — one places a company in 甲高新区, a later
 * one in 乙经开区; one reports a project signed, another in production — and name it differently (北京经开区 here,
 * 北京经济技术开发区 there), so each keeps its own.
 *
 * @param name the name the document writes it under: the form it uses most, for an enterprise its fullest; or null
 * @param zone key of the zone the document places the entity in (the one it does so most often), or null
 * @param enterprise for a project, key of the enterprise the document links it to, or null
 * @param status for a project, the stage the document states first, as printed, or null
 */
public record Attestation(String name, String zone, String enterprise, String status) {
  /** Nothing: what a document that does not name the entity says of it. */
  public static final Attestation NONE = new Attestation(null, null, null, null);
}
