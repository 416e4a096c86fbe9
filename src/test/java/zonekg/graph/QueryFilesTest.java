package zonekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped query parses, opens with a comment saying what it answers, and selects something. */
class QueryFilesTest {
  static Stream<Path> queries() throws IOException {
    return Files.walk(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void parsesAndIsDocumented(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as(file.toString()).startsWith("# ");
    Query query = QueryFactory.create(text);
    assertThat(query.isSelectType()).as(file.toString()).isTrue();
    assertThat(query.getProjectVars()).as(file.toString()).isNotEmpty();
  }
}
