package zonekg.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks a graph against zonekg's SHACL shapes (ontology/shapes.ttl), with the ontology beside it
 * so that sh:class sees the class hierarchy (a zk:Province is a zk:Region).
 */
public final class ShapeValidator {
  static final String RESOURCE = "/zonekg/ontology/shapes.ttl";

  private final Shapes shapes;
  private final Graph ontology;

  public ShapeValidator(Graph ontology) {
    this.shapes = Shapes.parse(ShippedTurtle.read(RESOURCE));
    this.ontology = ontology;
  }

  /** One line per violation: focus node, path and message; empty when the graph conforms. */
  public List<String> violations(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, ontology));
    return report.getEntries().stream()
        .map(e -> FmtUtils.stringForNode(e.focusNode()) + " "
            + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
        .sorted()
        .toList();
  }

}
