package zonekg.extract.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.Observation;
import zonekg.doc.OffsetMap;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.SourceDoc;
import zonekg.doc.Span;
import zonekg.segment.ArticleSplitter;
import zonekg.segment.HeadlineArticleSplitter;
import zonekg.segment.Segmenter;

/**
 * Golden cases: each {@code NAME.txt} under the test resources holds header lines
 * {@code #ZONE 武汉东湖高新区} (one per entity, type then name, and for a project maybe the company that builds it:
 * {@code #PROJECT 某某项目 某某有限公司}), maybe {@code #HEADLINES} (the text's headlines
 * open articles, as in a build; else it is one article without a title), and then the text; {@code
 * NAME.expected.tsv} lists every observation expected. {@code -Dgolden.update=true} rewrites them.
 */
class StatisticGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/zonekg/extract/statistic");
  private static final String HEADLINES = "#HEADLINES";
  private static final String HEADER = "number\tsubject\tindicator\tvalue\tunit\tperiod\tkind\tapprox\tcomparedTo";

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpected(Path fixture) throws IOException {
    List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
    List<String[]> entities = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    ArticleSplitter articles = ArticleSplitter.whole();
    for (String line : lines) {
      if (line.equals(HEADLINES)) {
        articles = new HeadlineArticleSplitter();
      } else if (line.startsWith("#")) {
        String[] cells = line.substring(1).split(" ", 3);
        entities.add(cells);
      } else {
        body.append(line).append('\n');
      }
    }
    String text = body.toString();
    NormalisedDoc doc = new NormalisedDoc(new SourceDoc(fixture.getFileName().toString(), fixture, text, "0"), text,
        OffsetMap.identity(text.length()));
    SegmentedDoc segmented = new Segmenter(articles).apply(doc);
    List<Observation> found = new StatisticExtractor().extract(segmented, mentions(segmented, entities));
    String actual = HEADER + "\n" + found.stream().map(o -> row(text, o)).collect(Collectors.joining("\n")) + "\n";
    Path expected = Path.of(fixture.toString().replaceFirst("\\.txt$", ".expected.tsv"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static List<Mention> mentions(SegmentedDoc doc, List<String[]> entities) {
    List<Mention> out = new ArrayList<>();
    doc.sentences().forEach(sentence -> {
      for (String[] entity : entities) {
        int at = sentence.text().indexOf(entity[1]);
        while (at >= 0) {
          int begin = sentence.span().begin() + at;
          out.add(new Mention(EntityType.valueOf(entity[0]), entity[1], new Span(begin, begin + entity[1].length()),
              sentence.index(), null, entity.length > 2 ? entity[2] : null, null));
          at = sentence.text().indexOf(entity[1], at + entity[1].length());
        }
      }
    });
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  private static String row(String text, Observation o) {
    return String.join("\t", o.number().of(text), o.subject(), o.indicator(), o.value().toPlainString(),
        String.valueOf(o.unit()), String.valueOf(o.period()), o.kind().name(), String.valueOf(o.approx()),
        String.valueOf(o.comparedTo()));
  }
}
