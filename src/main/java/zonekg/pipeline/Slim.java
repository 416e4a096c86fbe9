package zonekg.pipeline;

import java.util.List;
import zonekg.doc.Article;
import zonekg.doc.MentionedDoc;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;

/** Drops a document's words once extraction is done: they are most of its memory and nothing after extraction reads them. */
final class Slim {
  private Slim() {}

  static MentionedDoc withoutTokens(MentionedDoc doc) {
    SegmentedDoc seg = doc.doc();
    List<Article> articles = seg.articles().stream()
        .map(a -> new Article(a.index(), a.span(), a.title(), a.sentences().stream()
            .map(s -> new Sentence(s.index(), s.span(), s.text(), List.of()))
            .toList()))
        .toList();
    return new MentionedDoc(new SegmentedDoc(seg.doc(), articles), doc.mentions(), doc.observations());
  }
}
