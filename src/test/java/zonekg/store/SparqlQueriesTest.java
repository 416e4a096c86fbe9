package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.doc.ConfigException;

class SparqlQueriesTest {
  @TempDir
  Path temp;

  @Test
  void selectOverNamedGraphsAsCsv() throws IOException {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("documents.trig"));
    Query query = SparqlQueries.read(Files.writeString(temp.resolve("q.rq"), """
        PREFIX ex: <http://example.org/zonekg/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?g ?name { GRAPH ?g { ?z a ex:Zone ; rdfs:label ?name } }
        """));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlQueries.run(dsg, query, ResultSetLang.RS_CSV, out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("g,name\r\nhttp://example.org/zonekg/doc-a,成都高新区\r\n");
  }

  @Test
  void askAsJson() throws IOException {
    DatasetGraph dsg = RdfFileLoader.load(Fixtures.path("zones.ttl"));
    Query query = SparqlQueries.read(Files.writeString(temp.resolve("q.rq"), "ASK { ?s ?p \"苏州工业园区\" }"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlQueries.run(dsg, query, ResultSetLang.RS_JSON, out);

    assertThat(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
        .readAny(new ByteArrayInputStream(out.toByteArray())).getBooleanResult()).isTrue();
  }

  @Test
  void syntaxErrorIsOneLineNamingTheFile() throws IOException {
    Path file = Files.writeString(temp.resolve("bad.rq"), "SELECT ?x WHERE { ?x ");

    assertThatThrownBy(() -> SparqlQueries.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ": not SPARQL (")
        .hasMessageNotContaining("\n");
  }

  @Test
  void missingFile() {
    Path file = temp.resolve("absent.rq");

    assertThatThrownBy(() -> SparqlQueries.read(file))
        .hasMessage(file + ": no such file");
  }
}
