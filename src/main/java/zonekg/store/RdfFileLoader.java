package zonekg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import zonekg.doc.ConfigException;

/** Loads an RDF file of any syntax Jena knows by its extension (ttl, trig, nt, nq, jsonld, rdf) into memory. */
public final class RdfFileLoader {
  private RdfFileLoader() {}

  /** A new in-memory dataset holding {@code file}; queries see its default graph, or the union of its named graphs. */
  public static DatasetGraph load(Path file) {
    DatasetGraph dsg = Stores.memory();
    loadInto(dsg, file);
    return dsg;
  }

  /** Fills {@code dsg}, which should be empty, with {@code file}, as {@link #load} does. */
  public static void loadInto(DatasetGraph dsg, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": no such file");
    }
    Lang lang = RDFLanguages.pathnameToLang(file.toString());
    if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
      throw new ConfigException(file + ": not RDF (unknown file extension)");
    }
    try {
      Stores.fill(dsg, sink -> {
        // Errors become one exception with the line and column; the default handler would also log them.
        RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(sink);
        return null;
      });
    } catch (RiotException e) {
      throw new ConfigException(file + ": not RDF (" + e.getMessage() + ")", e);
    }
  }
}
