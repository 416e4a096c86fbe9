package zonekg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vocabulary IRIs live in zonekg.vocab alone: no other main class spells one out in code. */
class IriLiteralsTest {
  private static final Path MAIN = Path.of("src/main/java/zonekg");
  private static final Pattern IRI_IN_CODE = Pattern.compile("(\"|<)https?://[^\"\\s>]+");

  @Test
  void noIriOutsideTheVocabularyClasses() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(MAIN.resolve("vocab")))
          .flatMap(IriLiteralsTest::codeLinesWithIris)
          .toList();
    }
    assertThat(offenders).isEmpty();
  }

  private static Stream<String> codeLinesWithIris(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(i -> !isComment(lines.get(i)) && IRI_IN_CODE.matcher(lines.get(i)).find())
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isComment(String line) {
    String s = line.strip();
    return s.startsWith("*") || s.startsWith("//") || s.startsWith("/*");
  }
}
