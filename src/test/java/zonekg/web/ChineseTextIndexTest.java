package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zonekg.store.RdfFileLoader;

class ChineseTextIndexTest {
  private static final String PREFIXES = """
      PREFIX text: <http://jena.apache.org/text#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      """;

  private static DatasetGraph dsg;

  @BeforeAll
  static void index() throws URISyntaxException {
    dsg = ChineseTextIndex.over(RdfFileLoader.load(fixture("zones.trig")));
  }

  @Test
  void aWordInsideANameFindsEveryEntityNamedWithIt() {
    assertThat(labels("SELECT ?label { ?s text:query \"研究院\" ; rdfs:label ?label } ORDER BY ?label"))
        .containsExactly("云岭生物医药研究院", "长江智能制造研究院");
  }

  @Test
  void aTwoCharacterWordFindsOnlyTheNamesHoldingThatWord() {
    assertThat(labels("SELECT ?label { ?s text:query \"光电\" ; rdfs:label ?label } ORDER BY ?label"))
        .containsExactly("星河光电实验室");
    assertThat(labels("SELECT ?label { ?s text:query \"软件\" ; rdfs:label ?label } ORDER BY ?label"))
        .containsExactly("云帆软件有限公司");
  }

  @Test
  void aliasesIndicatorsAndSentencesHaveTheirOwnFields() {
    assertThat(labels("SELECT ?label { ?s text:query (skos:altLabel \"科技城\") ; rdfs:label ?label }"))
        .containsExactly("星河高新区");
    assertThat(labels("SELECT ?label { ?s text:query (skos:prefLabel \"增速\") ; skos:prefLabel ?label }"))
        .containsExactly("营业收入增速");
    assertThat(labels("SELECT ?label { ?s text:query (nif:anchorOf \"云岭\") ; nif:anchorOf ?label }"))
        .containsExactly("2023年，云岭经开区营业收入达到980亿元。");
  }

  @Test
  void theUnionDefaultGraphStaysOnBehindTheIndex() {
    assertThat(labels("SELECT ?label { ?s a <https://w3id.org/zonekg/ontology#Platform> ; rdfs:label ?label }"
        + " ORDER BY ?label")).containsExactly("云岭生物医药研究院", "星河光电实验室", "长江智能制造研究院");
  }

  @Test
  void aStatementInTwoDocumentGraphsIsOneHit() {
    assertThat(labels("SELECT ?label { ?s text:query \"星河\" ; rdfs:label ?label } ORDER BY ?label"))
        .containsExactly("星河光电实验室", "星河高新区");
  }

  @Test
  void aTextQueryOnAnIndexFilledInTheBackgroundWaitsForAllOfIt() throws URISyntaxException {
    DatasetGraph background = ChineseTextIndex.overOnceFilled(RdfFileLoader.load(fixture("zones.trig")),
        CompletableFuture.completedFuture(null));

    assertThat(labels(background, "SELECT ?label { ?s text:query \"研究院\" ; rdfs:label ?label } ORDER BY ?label"))
        .containsExactly("云岭生物医药研究院", "长江智能制造研究院");
  }

  private static List<String> labels(String query) {
    return labels(dsg, query);
  }

  private static List<String> labels(DatasetGraph dsg, String query) {
    return Txn.calculateRead(dsg, () -> {
      List<String> out = new ArrayList<>();
      try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
        RowSet rows = exec.select();
        rows.forEachRemaining(row -> out.add(row.get("label").getLiteralLexicalForm()));
      }
      return out;
    });
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(ChineseTextIndexTest.class.getResource(name).toURI());
  }
}
