package zonekg.doc;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/** A normalised document cut into articles, sentences and words. */
public record SegmentedDoc(NormalisedDoc doc, List<Article> articles) implements Serializable {
  public SegmentedDoc {
    articles = List.copyOf(articles);
  }

  public String name() {
    return doc.name();
  }

  public String text() {
    return doc.text();
  }

  /** The sentences of the articles' bodies. */
  public Stream<Sentence> sentences() {
    return articles.stream().flatMap(a -> a.sentences().stream());
  }

  /** The headlines printed on one line, then the sentences of the bodies. */
  public Stream<Sentence> headlinesAndSentences() {
    return Stream.concat(articles.stream().map(Article::headline).filter(h -> h != null), sentences());
  }

  /** The article holding the sentence with this index. */
  public Article articleOf(int sentenceIndex) {
    return articles.stream()
        .filter(a -> a.sentences().stream().anyMatch(s -> s.index() == sentenceIndex))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name() + ": no sentence " + sentenceIndex));
  }
}
