package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zonekg.pipeline.Pipeline;

/** Every query shipped in queries/ answers with rows on the graph of seeds/, as an analyst would run it. */
class ReadyQueriesIT {
  private static DatasetGraph seeds;

  @BeforeAll
  static void buildSeeds() {
    seeds = Stores.memory();
    Stores.fill(seeds, sink -> Pipeline.create().build().run(Path.of("seeds"), sink));
    UnionDefaultGraph.applyIfNamedOnly(seeds);
  }

  static Stream<Path> queries() throws IOException {
    return Files.walk(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void answersWithRows(Path file) {
    Query query = SparqlQueries.read(file);
    int rows = Txn.calculateRead(seeds, () -> {
      try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(seeds))) {
        ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
        return rs.size();
      }
    });
    assertThat(rows).as(file.toString()).isPositive();
  }
}
