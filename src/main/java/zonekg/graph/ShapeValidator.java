package zonekg.graph;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks a graph against zonekg's SHACL shapes (ontology/shapes.ttl), with the ontology's triples
 * added to it so that sh:class sees the class hierarchy (a zk:Province is a zk:Region). Copying them
 * into one graph, rather than validating a union of two graphs, halves what each lookup costs.
 */
public final class ShapeValidator {
  static final String RESOURCE = "/zonekg/ontology/shapes.ttl";

  private final Shapes shapes;
  private final List<Triple> ontology;

  public ShapeValidator(Graph ontology) {
    this.shapes = Shapes.parse(ShippedTurtle.read(RESOURCE));
    this.ontology = ontology.find().toList();
  }

  /** One line per violation: focus node, path and message; empty when the graph conforms. */
  public List<String> violations(Graph data) {
    return violations(data.find().toList());
  }

  /** One line per violation of a graph of {@code data}'s triples, as {@link #violations(Graph)}. */
  public List<String> violations(Collection<Triple> data) {
    Graph checked = GraphFactory.createDefaultGraph();
    ontology.forEach(checked::add);
    data.forEach(checked::add);
    ValidationReport report = ShaclValidator.get().validate(shapes, checked);
    return report.getEntries().stream()
        .map(e -> FmtUtils.stringForNode(e.focusNode()) + " "
            + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
        .sorted()
        .toList();
  }

}
