package zonekg.pipeline;

import java.util.List;
import zonekg.doc.InputException;

/**
 * What one build did.
 *
 * @param documents documents read and turned into RDF
 * @param skipped files that could not be read, each with its reason
 * @param quads RDF statements written (ontology included)
 * @param violations SHACL violations of the documents' graphs, each naming its file and node; empty
 *     when the graph conforms to ontology/shapes.ttl
 */
public record BuildReport(int documents, List<InputException> skipped, long quads, List<String> violations) {
  public BuildReport {
    skipped = List.copyOf(skipped);
    violations = List.copyOf(violations);
  }
}
