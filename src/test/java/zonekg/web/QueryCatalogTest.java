package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zonekg.web.QueryCatalog.ReadyQuery;

class QueryCatalogTest {
  @Test
  void theJarHoldsEveryQueryOfTheSourceTree() throws IOException {
    QueryCatalog catalog = QueryCatalog.load();
    try (Stream<Path> files = Files.walk(Path.of("queries"))) {
      assertThat(catalog.all()).extracting(ReadyQuery::path).containsExactlyInAnyOrderElementsOf(
          files.filter(f -> f.toString().endsWith(".rq")).map(f -> Path.of("queries").relativize(f).toString()).toList());
    }
    assertThat(catalog.all().get(0).path()).doesNotContain("/");
    assertThat(catalog.byPath("eval/zones.rq")).isPresent();
    assertThat(catalog.byPath("../pom.xml")).isEmpty();
  }

  @Test
  void theCommentIsTheOpeningHashLines() {
    assertThat(QueryCatalog.comment("# Zones by size.\n# Largest first.\nPREFIX zk: <x#>\n# not this\n"))
        .isEqualTo("Zones by size. Largest first.");
  }

  @Test
  void everyReadyQueryExplainsItself() {
    assertThat(QueryCatalog.load().all()).allSatisfy(q -> assertThat(q.comment()).isNotBlank());
  }
}
