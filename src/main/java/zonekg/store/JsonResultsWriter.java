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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
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
 * SPARQL 1.1 Query Results JSON for Fuseki's answers and {@code query --format json}, written by {@link JsonBytes}
 * straight into UTF-8. Jena's writer passes each character through a locked buffer, some twice, and spent longer
 * writing a large result than the query took to find it; Gson's writer, which we used next, still spent 0.8 s of
 * a 2 s query on 84 MB of answer, in its own bookkeeping and in Java's character encoder.
 * The document is the one Jena writes, without the indentation: the W3C format, with {@code its:dir} for a
 * literal's base direction and {@code "triple"} terms for RDF 1.2 as Jena writes them.
 */
final class JsonResultsWriter implements RowSetWriter {
  private static final JsonResultsWriter INSTANCE = new JsonResultsWriter();
  private static final int ROWS_A_BATCH = 256;

  private JsonResultsWriter() {}

  /** Makes this the writer of JSON results wherever Jena writes them; the same as before if called again. */
  static void register() {
    RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> INSTANCE);
  }

  @Override
  public void write(OutputStream out, RowSet rows, Context context) {
    try {
      JsonBytes json = new JsonBytes(out);
      json.raw("{").string(kHead).raw(":{").string(kVars).raw(":[");
      List<Var> vars = rows.getResultVars();
      for (int i = 0; i < vars.size(); i++) {
        json.raw(i == 0 ? "" : ",").string(vars.get(i).getVarName());
      }
      json.raw("]},").string(kResults).raw(":{").string(kBindings).raw(":[");
      // each name as a key, ready to write before its value in every row
      byte[][] keys = vars.stream().map(v -> JsonBytes.bytesOf(v.getVarName(), ":")).toArray(byte[][]::new);
      Map<Node, String> blankLabels = new HashMap<>();
      boolean[] first = {true};
      // the values are taken out on this thread, which holds the query's transaction (a TDB2 row reads its nodes
      // there); the writing overlaps the search for the next rows
      BatchPipe.drain(new Values(rows, vars), ROWS_A_BATCH, batch -> {
        try {
          for (Node[] values : batch) {
            row(json.raw(first[0] ? "" : ","), keys, values, blankLabels);
            first[0] = false;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      json.raw("]}}").flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes into memory first: a Writer takes characters, and the document is made as bytes. */
  @Override
  public void write(Writer out, RowSet rows, Context context) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(bytes, rows, context);
    try {
      out.write(bytes.toString(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    try {
      new JsonBytes(out).raw("{").string(kHead).raw(":{},").string(kBoolean).raw(":").raw(String.valueOf(answer))
          .raw("}").flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of each row's variables, in the order of the result's variables; null where unbound. */
  private record Values(RowSet rows, List<Var> vars) implements Iterator<Node[]> {
    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Node[] next() {
      Binding row = rows.next();
      Node[] values = new Node[vars.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(vars.get(i));
      }
      return values;
    }
  }

  private static void row(JsonBytes json, byte[][] keys, Node[] values, Map<Node, String> blankLabels)
      throws IOException {
    json.raw("{");
    boolean first = true;
    for (int i = 0; i < keys.length; i++) {
      Node value = values[i];
      if (value != null) {
        json.raw(first ? "" : ",").raw(keys[i]);
        term(json, value, blankLabels);
        first = false;
      }
    }
    json.raw("}");
  }

  private static void term(JsonBytes json, Node node, Map<Node, String> blankLabels) throws IOException {
    json.raw("{").string(kType).raw(":");
    if (node.isURI()) {
      json.string(kUri).raw(",").string(kValue).raw(":").string(node.getURI());
    } else if (node.isLiteral()) {
      literal(json, node);
    } else if (node.isBlank()) {
      // labels need only tell blank nodes apart within one result; the store's own labels are not for clients
      String label = blankLabels.computeIfAbsent(node, n -> "b" + blankLabels.size());
      json.string(kBnode).raw(",").string(kValue).raw(":").string(label);
    } else if (node.isTripleTerm()) {
      Triple t = node.getTriple();
      json.string(kTriple).raw(",").string(kValue).raw(":{").string(kSubject).raw(":");
      term(json, t.getSubject(), blankLabels);
      json.raw(",").string(kPredicate).raw(":");
      term(json, t.getPredicate(), blankLabels);
      json.raw(",").string(kObject).raw(":");
      term(json, t.getObject(), blankLabels);
      json.raw("}");
    } else {
      throw new IllegalArgumentException("no SPARQL JSON form for " + node);
    }
    json.raw("}");
  }

  private static void literal(JsonBytes json, Node literal) throws IOException {
    json.string(kLiteral);
    if (Util.isSimpleString(literal) || Util.isLangString(literal) || Util.isDirLangString(literal)) {
      String lang = literal.getLiteralLanguage();
      if (lang != null && !lang.isEmpty()) {
        json.raw(",").string(kXmlLang).raw(":").string(lang);
      }
      if (literal.getLiteralBaseDirection() != null) {
        json.raw(",").string(kBaseDirection).raw(":").string(literal.getLiteralBaseDirection().direction());
      }
    } else {
      json.raw(",").string(kDatatype).raw(":").string(literal.getLiteralDatatypeURI());
    }
    json.raw(",").string(kValue).raw(":").string(literal.getLiteralLexicalForm());
  }
}
