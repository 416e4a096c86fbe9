package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query shipped in queries/ answers with rows on the graph of seeds/, as an analyst would run it. */
class ReadyQueriesIT {
  private static SeedsGraph seeds;
  private static SeedsGraph plain;

  @BeforeAll
  static void buildSeeds() {
    seeds = SeedsGraph.build();
    plain = seeds.plainCopy();
  }

  static Stream<Path> queries() throws IOException {
    return Files.walk(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void answersWithRows(Path file) {
    Query query = SparqlQueries.read(file);
    int rows = seeds.query(query, qe -> ResultSetFactory.copyResults(qe.execSelect()).size());
    assertThat(rows).as(file.toString()).isPositive();
  }

  /** zonekg's executor on its read copy ({@link ReadGraphExecutor}) gives the rows ARQ gives on Jena's graphs. */
  @ParameterizedTest
  @MethodSource("queries")
  void answersAsJenaItselfDoes(Path file) {
    Query query = SparqlQueries.read(file);
    ResultSetRewindable ours = seeds.query(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    ResultSetRewindable jenas = plain.query(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));

    assertThat(ResultSetCompare.equalsByTerm(ours, jenas)).as(file.toString()).isTrue();
  }
}
