package zonekg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import zonekg.doc.Article;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.OffsetMap;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.SourceDoc;
import zonekg.doc.Span;

class SegmenterTest {
  private static NormalisedDoc doc(String s) {
    return new NormalisedDoc(new SourceDoc("t.txt", Path.of("t.txt"), s, "0"), s, OffsetMap.identity(s.length()));
  }

  @Test
  void titlesAreNotSentences() {
    String text = "成都高新区\n新增企业2.3万家\n本报讯今年以来，成都高新区新增企业2.3万家。同比增长12%。";
    SegmentedDoc seg = new Segmenter(new HeadlineArticleSplitter()).apply(doc(text));

    assertThat(seg.articles()).hasSize(1);
    Article article = seg.articles().get(0);
    assertThat(article.title()).isEqualTo("成都高新区新增企业2.3万家");
    assertThat(article.sentences()).extracting(Sentence::text)
        .containsExactly("本报讯今年以来，成都高新区新增企业2.3万家。", "同比增长12%。");
    assertThat(article.sentences()).extracting(Sentence::index).containsExactly(0, 1);
    // printed over two lines, the title has no sentence of words of its own
    assertThat(article.headline()).isNull();
  }

  @Test
  void oneLineHeadlineIsASentenceOfItsOwn() {
    String text = "成都高新区新增企业超2万家\n本报讯今年以来，成都高新区新增企业2.3万家。";
    SegmentedDoc seg = new Segmenter(new HeadlineArticleSplitter()).apply(doc(text));

    Article article = seg.articles().get(0);
    assertThat(article.headline().text()).isEqualTo("成都高新区新增企业超2万家");
    assertThat(article.headline().span()).isEqualTo(new Span(0, 13));
    assertThat(article.headline().tokens()).isNotEmpty();
    assertThat(article.sentences()).extracting(Sentence::index).containsExactly(1);
    assertThat(seg.sentences()).extracting(Sentence::text).containsExactly("本报讯今年以来，成都高新区新增企业2.3万家。");
    assertThat(seg.headlinesAndSentences()).extracting(Sentence::index).containsExactly(0, 1);
  }

  @Test
  void listItemsAreSentencesWithoutTheirMark() {
    String text = "本报讯上半年，两个片区成绩亮眼：\n▶南京片区新设企业6200家\n▶苏州片区实际使用外资6.8亿美元\n两片区合计增长12%。";
    SegmentedDoc seg = new Segmenter(new HeadlineArticleSplitter()).apply(doc(text));

    assertThat(seg.articles()).hasSize(1);
    assertThat(seg.articles().get(0).title()).isNull();
    assertThat(seg.sentences()).extracting(Sentence::text).containsExactly(
        "本报讯上半年，两个片区成绩亮眼：", "南京片区新设企业6200家", "苏州片区实际使用外资6.8亿美元", "两片区合计增长12%。");
  }

  @Test
  void wholeSplitterKeepsEverySentence() {
    String text = "苏州工业园区推出新政。\n新政共十条。";
    SegmentedDoc seg = new Segmenter(ArticleSplitter.whole()).apply(doc(text));
    assertThat(seg.sentences()).extracting(Sentence::text).containsExactly("苏州工业园区推出新政。", "新政共十条。");
    assertThat(seg.articles().get(0).title()).isNull();
  }

  @Test
  void cutsTitlesOutOfSpans() {
    assertThat(Segmenter.withoutTitles(new Span(0, 100), java.util.List.of(new Span(10, 20), new Span(90, 120))))
        .containsExactly(new Span(0, 10), new Span(20, 90));
    assertThat(Segmenter.withoutTitles(new Span(0, 10), java.util.List.of())).containsExactly(new Span(0, 10));
  }
}
