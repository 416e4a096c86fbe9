package zonekg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zonekg.doc.Mention;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.OffsetMap;
import zonekg.doc.SourceDoc;
import zonekg.segment.HeadlineArticleSplitter;
import zonekg.segment.Segmenter;

/**
 * Walks {@code src/test/resources/zonekg/extract/<kind>/*.txt} for the entity kinds: every mention of each fixture, one
 * row of type, name, span, zone, enterprise and status, must equal the {@code .expected.tsv}
 * beside it. {@code -Dgolden.update=true} rewrites the expectations.
 */
class EntityExtractorGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/zonekg/extract");
  private static final List<String> KINDS = List.of("zone", "enterprise", "project", "platform", "region");
  private static final EntityExtractor EXTRACTOR = EntityExtractor.create();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> KINDS.contains(ROOT.relativize(p).getName(0).toString()))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void matchesExpected(Path fixture) throws IOException {
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    NormalisedDoc doc = new NormalisedDoc(new SourceDoc(fixture.getFileName().toString(), fixture, text, "0"), text,
        OffsetMap.identity(text.length()));
    List<Mention> mentions = EXTRACTOR.extract(new Segmenter(new HeadlineArticleSplitter()).apply(doc));
    String actual = mentions.stream().map(EntityExtractorGoldenTest::row).collect(Collectors.joining("\n", "", "\n"));
    Path expected = Path.of(fixture.toString().replaceAll("\\.txt$", ".expected.tsv"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static String row(Mention m) {
    return String.join("\t", m.type().name().toLowerCase(java.util.Locale.ROOT), m.name(), m.span().toString(),
        String.valueOf(m.zone()), String.valueOf(m.enterprise()), String.valueOf(m.status()));
  }
}
