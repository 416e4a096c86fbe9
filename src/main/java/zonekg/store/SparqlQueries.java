package zonekg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import zonekg.doc.ConfigException;

/**
 * Reads a SPARQL query from a file and runs it on a dataset, writing SELECT and ASK results in a results syntax
 * (JSON, CSV, TSV, text table) and CONSTRUCT or DESCRIBE graphs as Turtle.
 */
public final class SparqlQueries {
  private SparqlQueries() {}

  /** Parses {@code file}; a missing file or a syntax error becomes a one-line {@link ConfigException}. */
  public static Query read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such file", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the query (" + e.getClass().getSimpleName() + ")", e);
    }
    Query query;
    try {
      query = QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new ConfigException(file + ": not SPARQL (" + firstLine(e.getMessage()) + ")", e);
    }
    if (query.isJsonType()) {
      throw new ConfigException(file + ": a Jena JSON query; use SELECT, ASK, CONSTRUCT or DESCRIBE");
    }
    return query;
  }

  /** Runs {@code query} on {@code dsg} in a read transaction and writes the results to {@code out}. */
  public static void run(DatasetGraph dsg, Query query, Lang resultsLang, OutputStream out) {
    Txn.executeRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
        if (query.isSelectType()) {
          ResultsWriter.create().lang(resultsLang).build().write(out, exec.select());
        } else if (query.isAskType()) {
          ResultsWriter.create().lang(resultsLang).build().write(out, exec.ask());
        } else {
          Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
          RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        }
      }
    });
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
