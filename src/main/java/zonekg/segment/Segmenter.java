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
 * is an order of magnitude slower on one long string than on its sentences). Titles are kept on
 * their article, as a sentence of words of its own when printed on one line, and left out of every article's
 * sentences.
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
    List<ArticleSplitter.Cut> cuts = articles.split(text);
    List<Span> titles = cuts.stream().map(ArticleSplitter.Cut::title).filter(t -> t != null).sorted().toList();
    List<Article> out = new ArrayList<>();
    int sentenceIndex = 0;
    for (ArticleSplitter.Cut cut : cuts) {
      // a headline printed over two lines is one title; only one printed on one line fits a sentence's span
      String title = cut.title() == null ? null : cut.title().of(text).replace("\n", "");
      Sentence headline = title == null || title.length() != cut.title().length() ? null
          : new Sentence(sentenceIndex++, cut.title(), title, HanlpTokenizer.tokenize(title, cut.title().begin()));
      List<Sentence> sentences = new ArrayList<>();
      for (Span range : withoutTitles(cut.span(), titles)) {
        for (Span span : SentenceSplitter.split(text, range)) {
          String sentence = span.of(text);
          sentences.add(new Sentence(sentenceIndex++, span, sentence, HanlpTokenizer.tokenize(sentence, span.begin())));
        }
      }
      out.add(new Article(out.size(), cut.span(), title, headline, sentences));
    }
    return new SegmentedDoc(doc, out);
  }

  /** The parts of {@code span} outside every title: headlines are not sentences of any article. */
  static List<Span> withoutTitles(Span span, List<Span> titles) {
    List<Span> parts = new ArrayList<>();
    int at = span.begin();
    for (Span title : titles) {
      if (!title.overlaps(span)) {
        continue;
      }
      if (title.begin() > at) {
        parts.add(new Span(at, title.begin()));
      }
      at = Math.max(at, title.end());
    }
    if (at < span.end()) {
      parts.add(new Span(at, span.end()));
    }
    return parts;
  }
}
