package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.ServiceLoader;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.InitRIOT;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.junit.jupiter.api.Test;

class JsonResultsWriterTest {
  private static final Var DOC = Var.alloc("doc");
  private static final Var VALUE = Var.alloc("value");
  private static final Var TERM = Var.alloc("term");
  private static final List<Var> VARS = List.of(DOC, VALUE, TERM);
  private static final Node BLANK = NodeFactory.createBlankNode();

  private static final List<Binding> ROWS = List.of(
      row("001.txt", NodeFactory.createLiteralDT("738.6", XSDDatatype.XSDdecimal),
          NodeFactory.createURI("https://w3id.org/zonekg/data/zone/合肥高新区")),
      row("引号\"与\\反斜杠\n换行\u2028\u0001", NodeFactory.createLiteralLang("高新区", "zh"), BLANK),
      row("unbound.txt", null, BLANK),
      row("other.txt", NodeFactory.createBlankNode(), NodeFactory.createTripleTerm(Triple.create(BLANK,
          NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")))));

  private static Binding row(String doc, Node value, Node term) {
    var b = BindingFactory.builder().add(DOC, NodeFactory.createLiteralString(doc)).add(TERM, term);
    if (value != null) {
      b.add(VALUE, value);
    }
    return b.build();
  }

  @Test
  void whatItWritesReadsBackAsTheSameRowsThroughJenasJsonReader() {
    assertReadsBackAsWritten(ROWS);
  }

  @Test
  void aResultOfManyBatchesIsWrittenWholeAndInOrder() {
    assertReadsBackAsWritten(IntStream.range(0, 5_000)
        .mapToObj(i -> row(i + ".txt", NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger),
            i % 7 == 0 ? BLANK : NodeFactory.createURI("urn:x:" + i)))
        .toList());
  }

  private static void assertReadsBackAsWritten(List<Binding> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonResultsWriter.register();
    RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
        .write(out, RowSetStream.create(VARS, rows.iterator()), null);

    RowSet read = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
        .read(new ByteArrayInputStream(out.toByteArray()), null).rewindable();
    assertThat(read.getResultVars()).isEqualTo(VARS);
    assertThat(ResultSetCompare.equalsByTermAndOrder(RowSetStream.create(VARS, rows.iterator()).rewindable(), read))
        .as(out.toString(StandardCharsets.UTF_8)).isTrue();
  }

  @Test
  void unboundVariablesAreLeftOutAndBlankNodesKeepOneLabelPerNode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonResultsWriter.register();
    RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
        .write(out, RowSetStream.create(VARS, ROWS.subList(1, 3).iterator()), null);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"head\":{\"vars\":[\"doc\",\"value\",\"term\"]},"
        + "\"results\":{\"bindings\":["
        + "{\"doc\":{\"type\":\"literal\",\"value\":\"引号\\\"与\\\\反斜杠\\n换行\\u2028\\u0001\"},"
        + "\"value\":{\"type\":\"literal\",\"xml:lang\":\"zh\",\"value\":\"高新区\"},"
        + "\"term\":{\"type\":\"bnode\",\"value\":\"b0\"}},"
        + "{\"doc\":{\"type\":\"literal\",\"value\":\"unbound.txt\"},\"term\":{\"type\":\"bnode\",\"value\":\"b0\"}}]}}");
  }

  @Test
  void anAskAnswerIsTheBooleanForm() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonResultsWriter.register();
    RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).write(out, true, null);

    assertThat(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
        .readAny(new ByteArrayInputStream(out.toByteArray())).getBooleanResult()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"head\":{},\"boolean\":true}");
  }

  @Test
  void jenaPutsThisWriterInPlaceAfterRegisteringItsOwn() {
    List<JenaSubsystemLifecycle> started = ServiceLoader.load(JenaSubsystemLifecycle.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    int riot = started.stream().filter(InitRIOT.class::isInstance).findFirst().orElseThrow().level();

    assertThat(started).filteredOn(InitZonekg.class::isInstance).singleElement()
        .satisfies(init -> assertThat(init.level()).isGreaterThan(riot));
  }
}
