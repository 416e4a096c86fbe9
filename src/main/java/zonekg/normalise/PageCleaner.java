package zonekg.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes page furniture from the lines of a page: captions, credits, bylines and authors'
 * names, and short photo captions that the layout dropped into the middle of a sentence
 * ("…人工智" / "某某高新区中心区。" / "能、信息技术…"). A removed byline marks the next line as a
 * likely article boundary.
 */
final class PageCleaner {
  /** A caption inside a sentence is a short noun phrase: at most this many characters. */
  static final int MAX_CAPTION_LENGTH = 20;
  /** 图为某某综保区卡口。: the caption under a photo's placeholder ([图片]), however long and however it ends. */
  private static final Pattern IMAGE_CAPTION = Pattern.compile("^(?:图为|图：|图:|上图|下图)");

  private PageCleaner() {}

  static List<Line> clean(List<Line> lines) {
    return dropInterruptingCaptions(dropFurniture(lines));
  }

  private static List<Line> dropFurniture(List<Line> lines) {
    List<Line> kept = new ArrayList<>();
    boolean boundary = false;
    boolean afterImage = false;
    for (Line line : lines) {
      // a String: the patterns read it faster than the mapped text's CharSequence
      String text = line.text().toString();
      Optional<NoiseLine> noise = NoiseLine.of(text);
      boolean caption = afterImage && IMAGE_CAPTION.matcher(text).lookingAt();
      afterImage = noise.orElse(null) == NoiseLine.IMAGE_PLACEHOLDER;
      if (caption) {
        continue;
      }
      if (noise.isPresent()) {
        boundary |= noise.get().endsArticle();
        int last = kept.size() - 1;
        // 本报记者 某某 under a line that could stand alone: that line is the article's headline
        if (noise.get() == NoiseLine.REPORTER && last >= 0 && kept.get(last).couldBeHeadline()) {
          kept.set(last, kept.get(last).withByline());
        }
        continue;
      }
      boolean afterSentence = kept.isEmpty() || kept.get(kept.size() - 1).endsSentence();
      if (afterSentence && NoiseLine.isAuthors(text)) {
        boundary = true;
        continue;
      }
      Line current = boundary ? line.withBoundaryBefore() : line;
      boundary = false;
      int authors = NoiseLine.trailingAuthors(current.text());
      if (authors >= 0) {
        current = current.withText(current.text().slice(0, authors));
        boundary = true;
      }
      kept.add(current);
    }
    return kept;
  }

  /**
   * A short line ending in 。 between a line broken mid-sentence and the rest of that sentence is
   * a caption. Only after a line wider than any column: in a narrow column a short line ending
   * in 。 is just a paragraph's last line. Nor before an indented line, which opens a paragraph: the
   * short line ended the sentence (…全年新增市场主体1.36万户，经 / 营主体活力持续增强。 / 　　记者：…).
   */
  private static List<Line> dropInterruptingCaptions(List<Line> lines) {
    Layout layout = new Layout(lines);
    List<Line> kept = new ArrayList<>();
    int lastBody = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (lastBody >= 0 && i + 1 < lines.size() && interruptsSentence(lines.get(lastBody), layout, lastBody)
          && isCaption(line) && !lines.get(i + 1).indented()) {
        continue;
      }
      kept.add(line);
      lastBody = i;
    }
    return kept;
  }

  private static boolean interruptsSentence(Line before, Layout layout, int index) {
    return !before.endsSentence() && !before.endsClause() && layout.width(index) > Layout.COLUMN_MAX_WIDTH;
  }

  private static boolean isCaption(Line line) {
    MappedText text = line.text();
    if (text.length() > MAX_CAPTION_LENGTH || text.last() != '。') {
      return false;
    }
    for (int i = 0; i < text.length() - 1; i++) {
      if (Line.TERMINATORS.indexOf(text.charAt(i)) >= 0 || Line.CONTINUATIONS.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
