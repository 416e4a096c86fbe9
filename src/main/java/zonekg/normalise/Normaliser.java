package zonekg.normalise;

import java.util.List;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.SourceDoc;
import zonekg.doc.Stage;

/**
 * SourceDoc → NormalisedDoc: removes PDF extraction noise and keeps the way back to source
 * offsets. Lines broken by the column are joined, spaces inside Chinese text and numbers go,
 * full-width digits and letters become ASCII, doubled headlines are printed once, captions (on lines of their own
 * or inside a paragraph) and bylines are dropped. Each paragraph or headline is one line of the result; a blank line marks
 * where page furniture or a change of column width suggests that one article ended.
 * <p>Example: "作 为 济 南 市 经 济\n\n社会发展的“主引擎”" → "作为济南市经济社会发展的“主引擎”".
 */
public final class Normaliser implements Stage<SourceDoc, NormalisedDoc> {
  @Override
  public NormalisedDoc apply(SourceDoc source) {
    String text = source.text();
    List<Line> lines = PageCleaner.clean(Line.split(CharFolder.fold(text)));
    List<Paragraph> paragraphs = ColumnChange.mark(ParagraphAssembler.assemble(lines));
    MappedText out = new MappedText();
    Paragraph previous = null;
    for (Paragraph paragraph : paragraphs) {
      MappedText collapsed = InlineCaption.drop(SpaceCollapser.collapse(paragraph.text()));
      if (collapsed.isEmpty()) {
        continue;
      }
      if (previous != null) {
        int lineBreak = previous.newline().sourceOf(0);
        out.append('\n', lineBreak);
        if (paragraph.boundaryBefore()) {
          out.append('\n', lineBreak);
        }
      }
      out.append(collapsed);
      previous = paragraph;
    }
    return new NormalisedDoc(source, out.toString(), out.offsets(text.length()));
  }
}
