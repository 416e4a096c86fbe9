package zonekg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.doc.Article;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.Observation;
import zonekg.doc.OffsetMap;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.SourceDoc;
import zonekg.doc.Span;
import zonekg.doc.StatKind;
import zonekg.doc.ZonekgException;

class WaitingDocsTest {
  @Test
  void documentsBeyondTheBudgetComeBackFromDiskEqualAndInNameOrder() {
    List<MentionedDoc> written = List.of(doc("c.txt"), doc("a.txt"), doc("b.txt"));
    long oneDoc = (long) written.get(0).doc().text().length() * WaitingDocs.BYTES_PER_CHAR;
    try (WaitingDocs docs = new WaitingDocs(oneDoc)) {
      written.forEach(docs::add);
      docs.sortByName();

      assertThat(docs.spilled()).isEqualTo(2);
      assertThat(docs).extracting(MentionedDoc::name).containsExactly("a.txt", "b.txt", "c.txt");
      assertThat(new ArrayList<>(docs)).containsExactlyInAnyOrderElementsOf(written);
      assertThat(docs.get(0).doc().doc().source().path()).isEqualTo(Path.of("in", "a.txt"));
    }
  }

  @Test
  void aZeroBudgetSpillsEveryDocument() {
    try (WaitingDocs docs = new WaitingDocs(0)) {
      docs.add(doc("a.txt"));
      assertThat(docs.spilled()).isEqualTo(1);
      assertThat(docs.get(0)).isEqualTo(doc("a.txt"));
    }
  }

  @Test
  void aSpillFolderThatCannotBeWrittenFailsWithItsName(@TempDir Path temp) {
    Path missing = temp.resolve("missing");
    try (WaitingDocs docs = new WaitingDocs(0, missing)) {
      assertThatThrownBy(() -> docs.add(doc("a.txt")))
          .isInstanceOf(ZonekgException.class)
          .hasMessageStartingWith(missing + ": cannot keep extracted documents there (NoSuchFileException");
    }
  }

  private static MentionedDoc doc(String name) {
    String text = "合肥高新区营收增长12.5%。";
    SourceDoc source = new SourceDoc(name, Path.of("in", name), "", "ab12");
    NormalisedDoc normalised = new NormalisedDoc(source, text, OffsetMap.of(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8,
        9, 10, 11, 13, 14, 15, 16}));
    Sentence sentence = new Sentence(0, new Span(0, text.length()), text, List.of());
    SegmentedDoc seg = new SegmentedDoc(normalised, List.of(new Article(0, new Span(0, text.length()), null, null,
        List.of(sentence))));
    Mention zone = Mention.of(EntityType.ZONE, "合肥高新区", new Span(0, 5), 0);
    Observation growth = new Observation("合肥高新区", EntityType.ZONE, "营收", new BigDecimal("12.5"), "%", null,
        StatKind.GROWTH, null, null, new Span(9, 14), 0);
    return new MentionedDoc(seg, List.of(zone), List.of(growth));
  }
}
