package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SDMX-RDF dimension, attribute and measure properties that Data Cube data commonly uses. */
public final class SDMX {
  public static final String DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
  public static final String ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
  public static final String MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";

  private SDMX() {}

  public static final Property refPeriod = ResourceFactory.createProperty(DIMENSION, "refPeriod");
  public static final Property refArea = ResourceFactory.createProperty(DIMENSION, "refArea");
  public static final Property unitMeasure = ResourceFactory.createProperty(ATTRIBUTE, "unitMeasure");
  public static final Property unitMult = ResourceFactory.createProperty(ATTRIBUTE, "unitMult");
  public static final Property obsValue = ResourceFactory.createProperty(MEASURE, "obsValue");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node refPeriod = SDMX.refPeriod.asNode();
    public static final Node refArea = SDMX.refArea.asNode();
    public static final Node unitMeasure = SDMX.unitMeasure.asNode();
    public static final Node unitMult = SDMX.unitMult.asNode();
    public static final Node obsValue = SDMX.obsValue.asNode();
  }
}
