package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C Data Cube integrity constraints that apply to our statistics hold on the seeds' graph;
 * each constraint is an ASK query that finds a violation.
 */
class DataCubeIT {
  private static final Path CONSTRAINTS = Path.of("src/test/resources/zonekg/graph/datacube");
  private static SeedsGraph seeds;

  @BeforeAll
  static void buildSeeds() {
    seeds = SeedsGraph.build();
  }

  static Stream<Path> constraints() throws IOException {
    return Files.list(CONSTRAINTS).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @ParameterizedTest
  @MethodSource("constraints")
  void holds(Path constraint) {
    Query ask = SparqlQueries.read(constraint);
    boolean violated = seeds.query(ask, QueryExecution::execAsk);
    assertThat(violated).as(constraint.getFileName() + " finds a violation").isFalse();
  }
}
