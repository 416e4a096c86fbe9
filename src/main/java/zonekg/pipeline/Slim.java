package zonekg.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import zonekg.doc.Article;
import zonekg.doc.MentionedDoc;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.SourceDoc;

/**
 * Drops what nothing after extraction reads, before the document waits for the rest of the corpus: the words
 * (most of its memory), the sentences that no mention or statistic points at, and the source text (its digest
 * stays; offsets go through the normalised text's map).
 */
final class Slim {
  private Slim() {}

  static MentionedDoc afterExtraction(MentionedDoc doc) {
    Set<Integer> used = new HashSet<>();
    doc.mentions().forEach(m -> used.add(m.sentence()));
    doc.observations().forEach(o -> used.add(o.sentence()));
    SegmentedDoc seg = doc.doc();
    List<Article> articles = seg.articles().stream()
        .map(a -> new Article(a.index(), a.span(), a.title(),
            a.headline() == null || !used.contains(a.headline().index()) ? null : withoutWords(a.headline()),
            a.sentences().stream().filter(s -> used.contains(s.index())).map(Slim::withoutWords).toList()))
        .toList();
    NormalisedDoc normalised = seg.doc();
    SourceDoc source = normalised.source();
    SourceDoc withoutText = new SourceDoc(source.name(), source.path(), "", source.sha256());
    return new MentionedDoc(
        new SegmentedDoc(new NormalisedDoc(withoutText, normalised.text(), normalised.offsets()), articles),
        doc.mentions(), doc.observations());
  }

  private static Sentence withoutWords(Sentence s) {
    return new Sentence(s.index(), s.span(), s.text(), List.of());
  }
}
