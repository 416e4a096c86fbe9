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
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Checks a graph against zonekg's SHACL shapes (ontology/shapes.ttl), with the ontology's types and subclasses
 * added to it so that sh:class sees the class hierarchy (a zk:Province is a zk:Region). Copying them
 * into one graph, rather than validating a union of two graphs, halves what each lookup costs.
 */
public final class ShapeValidator {
  static final String RESOURCE = "/zonekg/ontology/shapes.ttl";

  private final Shapes shapes;
  private final List<Triple> ontology;

  public ShapeValidator(Graph ontology) {
    this.shapes = Shapes.parse(ShippedTurtle.read(RESOURCE));
    // sh:class and sh:targetClass see a class's instances through rdf:type and rdfs:subClassOf alone; copying the
    // labels and comments too into each document's graph cost a tenth of the validation
    this.ontology = ontology.find()
        .filterKeep(t -> t.getPredicate().equals(RDF.Nodes.type) || t.getPredicate().equals(RDFS.Nodes.subClassOf))
        .toList();
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
