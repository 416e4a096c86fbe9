package zonekg.web;

import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import zonekg.vocab.NIF;
import zonekg.vocab.PROV;
import zonekg.vocab.QB;
import zonekg.vocab.SDMX;
import zonekg.vocab.TIME;
import zonekg.vocab.ZK;

/** The PREFIX lines the pages' queries start with, made from the vocabulary constants. */
final class SparqlPrefixes {
  static final String ALL = line("zk", ZK.NS) + line("rdf", RDF.getURI()) + line("rdfs", RDFS.getURI())
      + line("skos", SKOS.getURI()) + line("prov", PROV.NS) + line("qb", QB.NS) + line("nif", NIF.NS)
      + line("time", TIME.NS) + line("sdmx-dimension", SDMX.DIMENSION);

  private SparqlPrefixes() {}

  private static String line(String prefix, String namespace) {
    return "PREFIX " + prefix + ": <" + namespace + ">\n";
  }
}
