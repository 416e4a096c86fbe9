package zonekg.pipeline;

import java.util.List;
import zonekg.doc.InputException;

/**
 * What one build did.
 *
 * @param documents documents read and turned into RDF
 * @param skipped files that could not be read, each with its reason
 * @param quads RDF statements written (ontology included)
 */
public record BuildReport(int documents, List<InputException> skipped, long quads) {
  public BuildReport {
    skipped = List.copyOf(skipped);
  }
}
