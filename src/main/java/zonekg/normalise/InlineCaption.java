package zonekg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a photo's caption that PDF extraction left inside a paragraph, often in the middle of a sentence:
 * "生产整车3.2万辆，图为某某科技城内的整车总装车间。（摄影某某）实现产值86.4亿元" → "生产整车3.2万辆，实现产值86.4亿元".
 * A caption opens with 图为 after a mark or at the paragraph's start and ends at the next stop, with the
 * photographer's credit after it if there is one; one that its credit ends may fall anywhere. A caption printed on
 * lines of its own is {@link NoiseLine}'s.
 */
final class InlineCaption {
  private static final String CREDIT = "(?:（(?:摄影|图)[：:]?\\p{IsHan}{2,4}）|（\\p{IsHan}{2,4}摄）"
      + "|（(?:本报|新华社)?(?:记者|通讯员)\\p{IsHan}{2,4}摄）|(?:本报|新华社)?(?:记者|通讯员)\\p{IsHan}{2,4}摄)";
  private static final String CAPTION_OPENING = "图为";
  /**
   * "…投资建设的星衡芯片项目▲某某高新区一角。  本报记者某某摄正式开工": a caption with its credit may fall anywhere, between
   * two characters of a word too, and may open with the triangle that marks photos instead of 图为.
   */
  private static final String PHOTO_MARK = "▲";
  private static final String CREDITED = "(?:" + CAPTION_OPENING + "|" + PHOTO_MARK + ")[^。！？；，,\\n" + PHOTO_MARK
      + "]{2,60}[。！？][\\t ]?" + CREDIT;
  /**
   * Up to the bracketed credit that ends it, commas and all (图为某区内，技术人员正在检测（记者某某摄）), else up to its stop
   * and the credit after it.
   */
  private static final Pattern CAPTION = Pattern.compile("(?<=^|[，,。；;！？])" + CAPTION_OPENING
      + "(?:[^。！？；\\n]{2,60}?（(?:本报|新华社)?(?:记者|通讯员)?\\p{IsHan}{2,4}摄）|[^。！？；，,\\n]{2,60}[。！？]" + CREDIT + "?)"
      + "|" + CREDITED);

  private InlineCaption() {}

  static MappedText drop(MappedText text) {
    // the pattern opens with a lookbehind, which find() tries at every character of a paragraph
    if (text.indexOf(CAPTION_OPENING) < 0 && text.indexOf(PHOTO_MARK) < 0) {
      return text;
    }
    Matcher caption = CAPTION.matcher(text);
    if (!caption.find()) {
      return text;
    }
    MappedText out = new MappedText();
    int kept = 0;
    do {
      out.append(text, kept, caption.start());
      kept = caption.end();
    } while (caption.find());
    return out.append(text, kept, text.length());
  }
}
