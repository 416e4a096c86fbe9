package zonekg.segment;

import java.util.ArrayList;
import java.util.List;
import zonekg.doc.Article;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Stage;

/**
 * NormalisedDoc → SegmentedDoc: articles, then sentences, then HanLP words per sentence (HanLP
 * is an order of magnitude slower on one long string than on its sentences).
 * <p>Example: "规模以上工业增加值同比增长23.5%。" → one sentence of words 规模/以上/工业/增加值/同比/增长/23.5/%/。
 */
public final class Segmenter implements Stage<NormalisedDoc, SegmentedDoc> {
  private final ArticleSplitter articles;

  public Segmenter(ArticleSplitter articles) {
    this.articles = articles;
  }

  @Override
  public SegmentedDoc apply(NormalisedDoc doc) {
    String text = doc.text();
    List<Article> out = new ArrayList<>();
    int sentenceIndex = 0;
    for (ArticleSplitter.Cut cut : articles.split(text)) {
      List<Sentence> sentences = new ArrayList<>();
      for (Span span : SentenceSplitter.split(text, cut.span())) {
        String sentence = span.of(text);
        sentences.add(new Sentence(sentenceIndex++, span, sentence, HanlpTokenizer.tokenize(sentence, span.begin())));
      }
      String title = cut.title() == null ? null : cut.title().of(text);
      out.add(new Article(out.size(), cut.span(), title, sentences));
    }
    return new SegmentedDoc(doc, out);
  }
}
