package zonekg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.Observation;
import zonekg.doc.Sentence;
import zonekg.doc.SourceDoc;

/**
 * Normalise, segment and extract (entities, and statistics once the extractor has them) never throw, on 10,000
 * generated texts: statistical prose shredded and glued at random, mixed scripts with control characters and
 * broken surrogates, and very long lines and numbers; whatever they find lies inside the text. An integration
 * test because HanLP segments about half a million characters a second: the 10,000 cases take about 30 s.
 */
class HostileTextPropertiesIT {
  /**
   * A fixed seed keeps CI reproducible; change it (or drop it locally) to explore new cases, and
   * turn any failure into a fixture.
   */
  private static final String SEED = "20261122";

  private static Pipeline pipeline;

  @BeforeContainer
  static void buildPipeline() {
    pipeline = Pipeline.create().threads(1).build();
  }

  @Property(tries = 6_030, seed = SEED)
  void statisticalFragmentsNeverThrow(@ForAll("statisticalFragments") String text) {
    assertInsideTheText(pipeline.process(source(text)));
  }

  @Property(tries = 3_950, seed = SEED)
  void mixedScriptsAndControlCharactersNeverThrow(@ForAll("mixedScripts") String text) {
    assertInsideTheText(pipeline.process(source(text)));
  }

  @Property(tries = 20, seed = SEED)
  void veryLongLinesAndEndlessDigitsNeverThrow(@ForAll("longLines") String text) {
    assertInsideTheText(pipeline.process(source(text)));
  }

  private static void assertInsideTheText(MentionedDoc doc) {
    int length = doc.doc().text().length();
    // entities are read from the body's sentences; figures from headlines too
    Set<Integer> body = doc.doc().sentences().map(Sentence::index).collect(Collectors.toSet());
    Set<Integer> read = doc.doc().headlinesAndSentences().map(Sentence::index).collect(Collectors.toSet());
    for (Mention m : doc.mentions()) {
      assertThat(m.span().end()).as(m.toString()).isLessThanOrEqualTo(length);
      assertThat(body).as(m.toString()).contains(m.sentence());
    }
    for (Observation o : doc.observations()) {
      assertThat(o.number().end()).as(o.toString()).isLessThanOrEqualTo(length);
      assertThat(read).as(o.toString()).contains(o.sentence());
    }
  }

  private static SourceDoc source(String text) {
    return new SourceDoc("h.txt", Path.of("h.txt"), text, "0");
  }

  /** The words of zone statistics, numbers of every shape, and punctuation, in any order. */
  @Provide
  Arbitrary<String> statisticalFragments() {
    Arbitrary<String> words = Arbitraries.of(List.of("增长", "亿元", "万元", "%", "％", "同比", "个百分点", "下降",
        "高新区", "经开区", "综保区", "新区", "产业园", "有限公司", "项目", "实验室", "研究院", "开工", "投产", "签约",
        "约", "超", "突破", "以上", "近", "不足", "左右", "居全省首位", "第", "位", "高于全国", "比", "倍", "亩", "家",
        "2023年", "前三季度", "上半年", "1-9月", "省", "市", "区", "县", "全国", "，", "。", "、", "；", "：", "（",
        "）", "“", "”", "\n", "\r\n", " ", "\u3000", "-", "—", "~", "."));
    Arbitrary<String> numbers = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
        Arbitraries.bigDecimals().ofScale(3).map(d -> d.toPlainString()),
        Arbitraries.strings().withCharRange('０', '９').ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("0.", ".5", "1.2.3", "1,234,567", "１２．５", "-0", "三千", "一点五", "百分之八"));
    Arbitrary<String> names = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6);
    return Arbitraries.frequencyOf(
            Tuple.of(5, words), Tuple.of(3, numbers), Tuple.of(2, names))
        .list().ofMaxSize(50).map(pieces -> String.join("", pieces));
  }

  /** Any scripts, C0 and C1 controls, BOMs and zero-width characters, lone surrogates. */
  @Provide
  Arbitrary<String> mixedScripts() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u024f')
        .withCharRange('\u0400', '\u04ff')
        .withCharRange('\u0600', '\u06ff')
        .withCharRange('\u2000', '\u206f')
        .withCharRange('\u3000', '\u30ff')
        .withCharRange('\u4e00', '\u9fff')
        .withCharRange('\uac00', '\uac40')
        .withCharRange('\ud800', '\udfff')
        .withCharRange('\ufe30', '\uffff')
        .ofMaxLength(400);
  }

  /** One line of 2,000 to 10,000 characters: a number without end, or prose without a full stop. */
  @Provide
  Arbitrary<String> longLines() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(2_000).ofMaxLength(10_000),
        Arbitraries.strings().withChars("高新区增长亿元同比有限公司项目12.5%，").ofMinLength(2_000).ofMaxLength(10_000),
        Arbitraries.strings().numeric().ofMinLength(2_000).ofMaxLength(4_000).map(d -> "总产值" + d + "亿元，同比增长" + d + "%"));
  }
}
