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

  public Stream<Sentence> sentences() {
    return articles.stream().flatMap(a -> a.sentences().stream());
  }

  /** The article holding the sentence with this index. */
  public Article articleOf(int sentenceIndex) {
    return articles.stream()
        .filter(a -> a.sentences().stream().anyMatch(s -> s.index() == sentenceIndex))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name() + ": no sentence " + sentenceIndex));
  }
}
