package zonekg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonekg.doc.Span;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void cutsAtFullStopsAndKeepsClosingQuotes() {
    assertThat(split("“园区发展很快。”负责人表示。成都高新区营收增长8%！"))
        .containsExactly("“园区发展很快。”", "负责人表示。", "成都高新区营收增长8%！");
  }

  @Test
  void aPhotosCreditLeftInTheTextEndsASentenceButTakingAPictureDoesNot() {
    assertThat(split("图为生产车间。本报记者王芳摄全区新增企业500家。他摄影多年。"))
        .containsExactly("图为生产车间。", "本报记者王芳摄", "全区新增企业500家。", "他摄影多年。");
  }

  @Test
  void cutsAtSemicolons() {
    assertThat(split("新增企业500家；新增就业1万人；"))
        .containsExactly("新增企业500家；", "新增就业1万人；");
  }

  @Test
  void cutsAtLineBreaksAndDropsBlankLines() {
    assertThat(split("苏州工业园区：推出新政\n\n本报讯 近日，园区发布新政。\n"))
        .containsExactly("苏州工业园区：推出新政", "本报讯 近日，园区发布新政。");
  }

  @Test
  void keepsSpansInsideTheRange() {
    String text = "前文。成都高新区新增企业2.3万家。后文。";
    List<Span> spans = SentenceSplitter.split(text, new Span(3, 18));
    assertThat(spans).containsExactly(new Span(3, 18));
    assertThat(spans.get(0).of(text)).isEqualTo("成都高新区新增企业2.3万家。");
  }

  @Test
  void keepsDecimalPointsInsideNumbers() {
    assertThat(split("增长2.5%。占比12.3%。")).containsExactly("增长2.5%。", "占比12.3%。");
  }
}
