package zonekg.cli;

import java.util.function.Supplier;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The result formats of {@code query --format}, each a Jena results syntax. */
enum QueryFormat {
  /** A text table for people. */
  table(() -> ResultSetLang.RS_Text),
  csv(() -> ResultSetLang.RS_CSV),
  tsv(() -> ResultSetLang.RS_TSV),
  /** W3C SPARQL 1.1 Query Results JSON. */
  json(() -> ResultSetLang.RS_JSON);

  // Looked up lazily so that parsing options does not start Jena (and its loggers) before --verbose is seen.
  private final Supplier<Lang> lang;

  QueryFormat(Supplier<Lang> lang) {
    this.lang = lang;
  }

  Lang lang() {
    return lang.get();
  }
}
