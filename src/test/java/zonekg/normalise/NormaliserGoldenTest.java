package zonekg.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.SourceDoc;

/** Each {@code X.txt} under the fixture folder normalises to {@code X.expected.txt}; -Dgolden.update=true rewrites them. */
class NormaliserGoldenTest {
  private static final Path FIXTURES = Path.of("src/test/resources/zonekg/normalise");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".expected.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void normalisesAsExpected(Path fixture) throws IOException, URISyntaxException {
    String source = Files.readString(fixture, StandardCharsets.UTF_8);
    NormalisedDoc doc = new Normaliser().apply(new SourceDoc(fixture.getFileName().toString(), fixture, source, "0"));
    Path expected = fixture.resolveSibling(fixture.getFileName().toString().replace(".txt", ".expected.txt"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, doc.text() + "\n", StandardCharsets.UTF_8);
    }
    assertThat(doc.text() + "\n").isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    OffsetChecks.assertMapsBack(source, doc);
  }
}
