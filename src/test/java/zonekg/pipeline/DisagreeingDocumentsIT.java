package zonekg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two documents of our own name one company, its project and a research institute, and place them in different
 * zones at different stages; a third writes one of the zones under its full name. Each document's rows keep what
 * that document says and the names it writes, in the union of the graphs that the evaluation queries read.
 */
class DisagreeingDocumentsIT {
  private static final Path INPUT = Path.of("src/test/resources/zonekg/pipeline/disagreeing");
  private static DatasetGraph dsg;
  private static BuildReport report;

  @BeforeAll
  static void build() {
    dsg = DatasetGraphFactory.create();
    report = Pipeline.create().build().run(INPUT, StreamRDFLib.dataset(dsg));
  }

  @Test
  void eachDocumentPlacesTheCompanyInItsOwnZone() throws IOException {
    assertThat(rows("enterprises", "doc", "name", "zone")).containsExactlyInAnyOrder(
        "a.txt|安徽星河光电科技有限公司|芜湖高新区",
        "b.txt|安徽星河光电科技有限公司|蚌埠经开区",
        "c.txt|安徽星河光电科技有限公司|芜湖高新技术产业开发区");
  }

  @Test
  void eachDocumentNamesTheZoneAsItWritesIt() throws IOException {
    assertThat(rows("zones", "doc", "name", "city")).containsExactlyInAnyOrder(
        "a.txt|芜湖高新区|芜湖市",
        "b.txt|蚌埠经开区|蚌埠市",
        "c.txt|芜湖高新技术产业开发区|芜湖市");
    assertThat(rows("statistics", "doc", "subject", "value")).contains("c.txt|芜湖高新技术产业开发区|\"12.5\"^^xsd:decimal");
  }

  @Test
  void eachDocumentGivesTheProjectItsOwnZoneAndStage() throws IOException {
    assertThat(rows("projects", "doc", "name", "zone", "enterprise", "status")).containsExactlyInAnyOrder(
        "a.txt|星河光电组件项目|芜湖高新区|安徽星河光电科技有限公司|落地",
        "b.txt|星河光电组件项目|蚌埠经开区|安徽星河光电科技有限公司|投产");
  }

  @Test
  void eachDocumentPlacesThePlatformInItsOwnZone() throws IOException {
    assertThat(rows("platforms", "doc", "name", "zone")).containsExactlyInAnyOrder(
        "a.txt|星河光伏材料研究院|芜湖高新区",
        "b.txt|星河光伏材料研究院|蚌埠经开区");
  }

  @Test
  void eachDocumentsGraphDescribesOnlyZonesItMentions() {
    assertThat(report.violations()).isEmpty();
  }

  /** The evaluation query's rows over the union of the document graphs, columns joined by |. */
  private static List<String> rows(String query, String... columns) throws IOException {
    String text = Files.readString(Path.of("queries/eval/" + query + ".rq"), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(text,
        ModelFactory.createModelForGraph(dsg.getUnionGraph()))) {
      qe.execSelect().forEachRemaining(r -> rows.add(row(r, columns)));
    }
    return rows;
  }

  private static String row(QuerySolution r, String... columns) {
    List<String> cells = new ArrayList<>();
    for (String c : columns) {
      cells.add(r.contains(c) ? r.get(c).toString() : "");
    }
    return String.join("|", cells);
  }
}
