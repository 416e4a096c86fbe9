package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** QUDT units (currencies included, as QUDT 2.1+ has them) for normalised statistic values. */
public final class QUDT {
  public static final String NS = "http://qudt.org/schema/qudt/";
  public static final String UNIT = "http://qudt.org/vocab/unit/";

  private QUDT() {}

  public static final Resource Unit = ResourceFactory.createResource(NS + "Unit");
  public static final Resource CCY_CNY = ResourceFactory.createResource(UNIT + "CCY_CNY");
  public static final Resource CCY_USD = ResourceFactory.createResource(UNIT + "CCY_USD");
  public static final Resource CCY_EUR = ResourceFactory.createResource(UNIT + "CCY_EUR");
  public static final Resource CCY_HKD = ResourceFactory.createResource(UNIT + "CCY_HKD");
  public static final Resource CCY_JPY = ResourceFactory.createResource(UNIT + "CCY_JPY");
  public static final Resource PERCENT = ResourceFactory.createResource(UNIT + "PERCENT");
  public static final Resource NUM = ResourceFactory.createResource(UNIT + "NUM");
  public static final Resource UNITLESS = ResourceFactory.createResource(UNIT + "UNITLESS");
  public static final Resource M2 = ResourceFactory.createResource(UNIT + "M2");
  public static final Resource TONNE = ResourceFactory.createResource(UNIT + "TONNE");
  public static final Resource KiloGM = ResourceFactory.createResource(UNIT + "KiloGM");
  public static final Resource M3 = ResourceFactory.createResource(UNIT + "M3");
  public static final Resource L = ResourceFactory.createResource(UNIT + "L");
  public static final Resource KiloM = ResourceFactory.createResource(UNIT + "KiloM");
  public static final Resource KiloW_HR = ResourceFactory.createResource(UNIT + "KiloW-HR");
  public static final Resource KiloW = ResourceFactory.createResource(UNIT + "KiloW");
  public static final Resource YR = ResourceFactory.createResource(UNIT + "YR");
  public static final Resource HR = ResourceFactory.createResource(UNIT + "HR");
  public static final Resource DAY = ResourceFactory.createResource(UNIT + "DAY");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node CCY_CNY = QUDT.CCY_CNY.asNode();
    public static final Node CCY_USD = QUDT.CCY_USD.asNode();
    public static final Node CCY_EUR = QUDT.CCY_EUR.asNode();
    public static final Node CCY_HKD = QUDT.CCY_HKD.asNode();
    public static final Node CCY_JPY = QUDT.CCY_JPY.asNode();
    public static final Node PERCENT = QUDT.PERCENT.asNode();
    public static final Node NUM = QUDT.NUM.asNode();
    public static final Node UNITLESS = QUDT.UNITLESS.asNode();
    public static final Node M2 = QUDT.M2.asNode();
    public static final Node TONNE = QUDT.TONNE.asNode();
    public static final Node KiloGM = QUDT.KiloGM.asNode();
    public static final Node M3 = QUDT.M3.asNode();
    public static final Node L = QUDT.L.asNode();
    public static final Node KiloM = QUDT.KiloM.asNode();
    public static final Node KiloW_HR = QUDT.KiloW_HR.asNode();
    public static final Node KiloW = QUDT.KiloW.asNode();
    public static final Node YR = QUDT.YR.asNode();
    public static final Node HR = QUDT.HR.asNode();
    public static final Node DAY = QUDT.DAY.asNode();
  }
}
