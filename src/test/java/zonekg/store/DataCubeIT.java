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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zonekg.pipeline.Pipeline;

/**
 * The W3C Data Cube integrity constraints that apply to our statistics hold on the seeds' graph;
 * each constraint is an ASK query that finds a violation.
 */
class DataCubeIT {
  private static final Path CONSTRAINTS = Path.of("src/test/resources/zonekg/graph/datacube");
  private static DatasetGraph seeds;

  @BeforeAll
  static void buildSeeds() {
    seeds = Stores.memory();
    Stores.fill(seeds, sink -> Pipeline.create().build().run(Path.of("seeds"), sink));
    UnionDefaultGraph.applyIfNamedOnly(seeds);
  }

  static Stream<Path> constraints() throws IOException {
    return Files.list(CONSTRAINTS).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @ParameterizedTest
  @MethodSource("constraints")
  void holds(Path constraint) {
    Query ask = SparqlQueries.read(constraint);
    boolean violated = Txn.calculateRead(seeds, () -> {
      try (QueryExecution qe = QueryExecutionFactory.create(ask, DatasetFactory.wrap(seeds))) {
        return qe.execAsk();
      }
    });
    assertThat(violated).as(constraint.getFileName() + " finds a violation").isFalse();
  }
}
