package zonekg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The zonekg ontology (ontology/zonekg.ttl): development zones, their entities and statistics. */
public final class ZK {
  public static final String NS = "https://w3id.org/zonekg/ontology#";
  /** Default base of the IRIs we mint for data; configurable per build. */
  public static final String DATA_BASE = "https://w3id.org/zonekg/id/";
  public static final String ONTOLOGY_IRI = "https://w3id.org/zonekg/ontology";

  private ZK() {}

  public static String getURI() {
    return NS;
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  public static final Resource ontology = ResourceFactory.createResource(ONTOLOGY_IRI);

  // classes
  public static final Resource DevelopmentZone = resource("DevelopmentZone");
  public static final Resource Enterprise = resource("Enterprise");
  public static final Resource Project = resource("Project");
  public static final Resource Platform = resource("Platform");
  public static final Resource Region = resource("Region");
  public static final Resource Country = resource("Country");
  public static final Resource Province = resource("Province");
  public static final Resource City = resource("City");
  public static final Resource County = resource("County");
  public static final Resource Document = resource("Document");
  public static final Resource Sentence = resource("Sentence");
  public static final Resource Attestation = resource("Attestation");
  public static final Resource Statistic = resource("Statistic");
  public static final Resource Indicator = resource("Indicator");
  public static final Resource StatisticKind = resource("StatisticKind");
  public static final Resource Approximation = resource("Approximation");
  public static final Resource Build = resource("Build");
  public static final Resource StatisticsStructure = resource("StatisticsStructure");

  // statistic kinds
  public static final Resource amount = resource("amount");
  public static final Resource count = resource("count");
  public static final Resource growth = resource("growth");
  public static final Resource share = resource("share");
  public static final Resource rank = resource("rank");
  public static final Resource difference = resource("difference");
  public static final Resource target = resource("target");
  public static final Resource other = resource("other");

  // units QUDT has no term for
  public static final Resource percentagePoint = resource("percentagePoint");
  public static final Resource mu = resource("mu");
  public static final Resource yuanPerMu = resource("yuanPerMu");
  public static final Resource petaflops = resource("petaflops");
  public static final Resource rankPosition = resource("rankPosition");
  public static final Resource times = resource("times");
  public static final Resource indexPoint = resource("indexPoint");
  public static final Resource workingDay = resource("workingDay");

  // approximations
  public static final Resource over = resource("over");
  public static final Resource about = resource("about");
  public static final Resource under = resource("under");

  // entity properties
  public static final Property zone = property("zone");
  public static final Property enterprise = property("enterprise");
  public static final Property city = property("city");
  public static final Property province = property("province");
  public static final Property locatedIn = property("locatedIn");
  public static final Property gbCode = property("gbCode");
  public static final Property status = property("status");
  public static final Property mentionedIn = property("mentionedIn");
  public static final Property mentionedInSentence = property("mentionedInSentence");
  public static final Property attestation = property("attestation");
  public static final Property writtenName = property("writtenName");
  public static final Property zoneName = property("zoneName");
  public static final Property enterpriseName = property("enterpriseName");

  // statistic properties
  public static final Property subject = property("subject");
  public static final Property subjectName = property("subjectName");
  public static final Property indicator = property("indicator");
  public static final Property value = property("value");
  public static final Property unitLabel = property("unitLabel");
  public static final Property normalisedValue = property("normalisedValue");
  public static final Property period = property("period");
  public static final Property kind = property("kind");
  public static final Property approximation = property("approximation");
  public static final Property comparedTo = property("comparedTo");
  public static final Property evidence = property("evidence");
  public static final Property sourceOffset = property("sourceOffset");

  // document and sentence properties
  public static final Property fileName = property("fileName");
  public static final Property sha256 = property("sha256");
  public static final Property publicationYear = property("publicationYear");
  public static final Property inDocument = property("inDocument");
  public static final Property sentenceIndex = property("sentenceIndex");
  public static final Property softwareVersion = property("softwareVersion");

  /** The same terms as graph nodes, for stream emission. */
  public static final class Nodes {
    private Nodes() {}

    public static final Node DevelopmentZone = ZK.DevelopmentZone.asNode();
    public static final Node Enterprise = ZK.Enterprise.asNode();
    public static final Node Project = ZK.Project.asNode();
    public static final Node Platform = ZK.Platform.asNode();
    public static final Node Region = ZK.Region.asNode();
    public static final Node Country = ZK.Country.asNode();
    public static final Node Province = ZK.Province.asNode();
    public static final Node City = ZK.City.asNode();
    public static final Node County = ZK.County.asNode();
    public static final Node Document = ZK.Document.asNode();
    public static final Node Sentence = ZK.Sentence.asNode();
    public static final Node Attestation = ZK.Attestation.asNode();
    public static final Node Statistic = ZK.Statistic.asNode();
    public static final Node Indicator = ZK.Indicator.asNode();
    public static final Node Build = ZK.Build.asNode();
    public static final Node zone = ZK.zone.asNode();
    public static final Node enterprise = ZK.enterprise.asNode();
    public static final Node city = ZK.city.asNode();
    public static final Node province = ZK.province.asNode();
    public static final Node locatedIn = ZK.locatedIn.asNode();
    public static final Node gbCode = ZK.gbCode.asNode();
    public static final Node status = ZK.status.asNode();
    public static final Node mentionedIn = ZK.mentionedIn.asNode();
    public static final Node mentionedInSentence = ZK.mentionedInSentence.asNode();
    public static final Node attestation = ZK.attestation.asNode();
    public static final Node writtenName = ZK.writtenName.asNode();
    public static final Node zoneName = ZK.zoneName.asNode();
    public static final Node enterpriseName = ZK.enterpriseName.asNode();
    public static final Node subject = ZK.subject.asNode();
    public static final Node subjectName = ZK.subjectName.asNode();
    public static final Node indicator = ZK.indicator.asNode();
    public static final Node value = ZK.value.asNode();
    public static final Node unitLabel = ZK.unitLabel.asNode();
    public static final Node normalisedValue = ZK.normalisedValue.asNode();
    public static final Node period = ZK.period.asNode();
    public static final Node kind = ZK.kind.asNode();
    public static final Node approximation = ZK.approximation.asNode();
    public static final Node comparedTo = ZK.comparedTo.asNode();
    public static final Node evidence = ZK.evidence.asNode();
    public static final Node sourceOffset = ZK.sourceOffset.asNode();
    public static final Node StatisticsStructure = ZK.StatisticsStructure.asNode();
    public static final Node fileName = ZK.fileName.asNode();
    public static final Node sha256 = ZK.sha256.asNode();
    public static final Node publicationYear = ZK.publicationYear.asNode();
    public static final Node inDocument = ZK.inDocument.asNode();
    public static final Node sentenceIndex = ZK.sentenceIndex.asNode();
    public static final Node softwareVersion = ZK.softwareVersion.asNode();
  }
}
