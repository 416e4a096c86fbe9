package zonekg.store;

import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBaseDirection;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBindings;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBnode;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kBoolean;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kDatatype;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kHead;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kLiteral;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kObject;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kPredicate;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kResults;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kSubject;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kTriple;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kType;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kUri;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kValue;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kVars;
import static org.apache.jena.riot.rowset.rw.JSONResultsKW.kXmlLang;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL 1.1 Query Results JSON, written with Gson's streaming writer in place of Jena's, for Fuseki's answers
 * and {@code query --format json}. Jena's writer passes each character through a locked buffer, some twice,
 * and spent longer writing a large result than the query took to find it.
 * The document is the same one, without the indentation: the W3C format, with {@code its:dir} for a
 * literal's base direction and {@code "triple"} terms for RDF 1.2 as Jena writes them.
 */
final class JsonResultsWriter implements RowSetWriter {
  private static final JsonResultsWriter INSTANCE = new JsonResultsWriter();

  private JsonResultsWriter() {}

  /** Makes this the writer of JSON results wherever Jena writes them; the same as before if called again. */
  static void register() {
    RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> INSTANCE);
  }

  @Override
  public void write(OutputStream out, RowSet rows, Context context) {
    write(new CharBlockWriter(out), rows, context);
  }

  @Override
  public void write(Writer out, RowSet rows, Context context) {
    try {
      JsonWriter json = new JsonWriter(out);
      json.beginObject();
      json.name(kHead).beginObject().name(kVars).beginArray();
      for (Var v : rows.getResultVars()) {
        json.value(v.getVarName());
      }
      json.endArray().endObject();
      json.name(kResults).beginObject().name(kBindings).beginArray();
      Map<Node, String> blankLabels = new HashMap<>();
      while (rows.hasNext()) {
        row(json, rows.getResultVars(), rows.next(), blankLabels);
      }
      json.endArray().endObject();
      json.endObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    try {
      JsonWriter json = new JsonWriter(new CharBlockWriter(out));
      json.beginObject().name(kHead).beginObject().endObject().name(kBoolean).value(answer).endObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(JsonWriter json, List<Var> vars, Binding row, Map<Node, String> blankLabels)
      throws IOException {
    json.beginObject();
    for (Var v : vars) {
      Node value = row.get(v);
      if (value != null) {
        json.name(v.getVarName());
        term(json, value, blankLabels);
      }
    }
    json.endObject();
  }

  private static void term(JsonWriter json, Node node, Map<Node, String> blankLabels) throws IOException {
    json.beginObject();
    if (node.isURI()) {
      json.name(kType).value(kUri).name(kValue).value(node.getURI());
    } else if (node.isLiteral()) {
      literal(json, node);
    } else if (node.isBlank()) {
      // labels need only tell blank nodes apart within one result; the store's own labels are not for clients
      String label = blankLabels.computeIfAbsent(node, n -> "b" + blankLabels.size());
      json.name(kType).value(kBnode).name(kValue).value(label);
    } else if (node.isTripleTerm()) {
      Triple t = node.getTriple();
      json.name(kType).value(kTriple).name(kValue).beginObject();
      json.name(kSubject);
      term(json, t.getSubject(), blankLabels);
      json.name(kPredicate);
      term(json, t.getPredicate(), blankLabels);
      json.name(kObject);
      term(json, t.getObject(), blankLabels);
      json.endObject();
    } else {
      throw new IllegalArgumentException("no SPARQL JSON form for " + node);
    }
    json.endObject();
  }

  private static void literal(JsonWriter json, Node literal) throws IOException {
    json.name(kType).value(kLiteral);
    if (Util.isSimpleString(literal) || Util.isLangString(literal) || Util.isDirLangString(literal)) {
      String lang = literal.getLiteralLanguage();
      if (lang != null && !lang.isEmpty()) {
        json.name(kXmlLang).value(lang);
      }
      if (literal.getLiteralBaseDirection() != null) {
        json.name(kBaseDirection).value(literal.getLiteralBaseDirection().direction());
      }
    } else {
      json.name(kDatatype).value(literal.getLiteralDatatypeURI());
    }
    json.name(kValue).value(literal.getLiteralLexicalForm());
  }
}
