package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** QUDT units and currencies for normalised statistic values. */
public final class QUDT {
  public static final String NS = "http://qudt.org/schema/qudt/";
  public static final String UNIT = "http://qudt.org/vocab/unit/";
  public static final String CURRENCY = "http://qudt.org/vocab/currency/";

  private QUDT() {}

  public static final Resource CNY = ResourceFactory.createResource(CURRENCY + "CNY");
  public static final Resource USD = ResourceFactory.createResource(CURRENCY + "USD");
  public static final Resource PERCENT = ResourceFactory.createResource(UNIT + "PERCENT");
  public static final Resource NUM = ResourceFactory.createResource(UNIT + "NUM");
  public static final Resource M2 = ResourceFactory.createResource(UNIT + "M2");
  public static final Resource UNITLESS = ResourceFactory.createResource(UNIT + "UNITLESS");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node CNY = QUDT.CNY.asNode();
    public static final Node USD = QUDT.USD.asNode();
    public static final Node PERCENT = QUDT.PERCENT.asNode();
    public static final Node NUM = QUDT.NUM.asNode();
    public static final Node M2 = QUDT.M2.asNode();
    public static final Node UNITLESS = QUDT.UNITLESS.asNode();
  }
}
