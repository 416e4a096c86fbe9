package zonekg.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture that PDF extraction mixes into the running text: image captions and credits,
 * bylines, editor lines. Each kind says whether it tends to close an article, which the
 * article splitter later sees as a blank line.
 */
enum NoiseLine {
  /** 图片来源：某某高新区 */
  PICTURE_SOURCE("^图片来源\\s*[:：]", false),
  /** （图片由某某提供） */
  PICTURE_PROVIDER("^[（(]?\\s*图片由.{1,40}提供\\s*[)）]?$", false),
  /** [图片]: where a web page showed a photo, which may fall in the middle of a sentence. */
  IMAGE_PLACEHOLDER("^[\\[【]\\s*图片?\\s*[\\]】]$", false, "图"),
  /** 某某高新区供图 */
  PICTURE_CREDIT("^.{2,24}供图$", false, "供"),
  /** 记者 某某 摄, （记者 某某 摄） */
  PHOTOGRAPHER("^[（(]?" + Credit.WHO + "?\\s*\\p{IsHan}{2,4}(\\s+\\p{IsHan}{2,4})*\\s*摄[)）]?$", false, "摄"),
  /** 图为某某高新区一家企业的生产车间。 本报记者 某某 摄, …。（记者 某某 摄） */
  CREDITED_CAPTION("^图为.{2,80}(摄|供图)[)）]?$", false),
  /**
   * ▶高质量发展中的某某高新区。 (an arrow before a phrase marks a photo caption; one before figures, ▶ 地区生产总值1886亿元,
   * is an item of a list)
   */
  ARROW_CAPTION("^▶+\\s*[^\\s\\d][^\\d]{0,59}$", false),
  /** ▶ 某某 (an arrow before names marks the author, printed at the article's end) */
  ARROW_BYLINE("^▶+\\s*\\p{IsHan}{2,3}(\\s+\\p{IsHan}{2,3})*$", true),
  /** 记者 某某, 本报驻武汉记者 某某, 本报记者 某 某某 (a name letter-spaced as PDF extraction leaves it) */
  REPORTER("^" + Credit.WHO + "\\s*" + Credit.NAME + "(\\s+" + Credit.NAME + ")*$", false),
  /** 编辑：某某 美编：某某 */
  EDITORS("^(责任编辑|编辑|美编|组版|校对|审核)\\s*[:：]", true),
  /**
   * 某某日报 2024年10月29日 星期二, 某某周刊（2024年第11期）, 某某网 发布时间：2024-11-08 来源：某某: a newspaper's
   * masthead or a web page's header, a line without clause punctuation naming a weekday, an issue or page, a
   * source or editor, or giving an ISO date (which Chinese prose never does). It heads a page, which an article
   * may run across, so it ends none.
   */
  MASTHEAD("^(?=[^，。；！？]{1,80}$).*(星期[一二三四五六日天]|第\\s*\\d+\\s*[期版]"
      + "|(发布时间|发布日期|来源|稿源|编印单位|本版编辑)\\s*[:：]|\\d{4}-\\d{1,2}-\\d{1,2})", false,
      "星期版时期源编-"),
  /**
   * 首页 > 产业 > 新能源, 港区政务 > 政务公开 > 规划计划: a web page's breadcrumb, the path to the page through its site's
   * sections, which heads the page as a masthead does.
   */
  BREADCRUMB("^(?=[^，。；！？]{1,80}$)\\s*[^>＞»\\s]{1,10}\\s*[>＞»]\\s*[^>＞»\\s]{1,10}\\s*[>＞»]", false, ">＞»"),
  /**
   * 版权所有：某某新区管委会　某ICP备…号, 网站标识码：…　建议使用1920×1080分辨率浏览: a web page's footer. It names the site's
   * owner, often a zone's committee, but says nothing of the zone, and ends the article.
   */
  FOOTER("^(?=[^。！？]{1,120}$).*(版权所有|Copyright|©|ICP备|网站标识码|公网安备|分辨率浏览|(主办|承办)单位\\s*[:：])",
      true, "版权CcI©网码安辨办"),
  /** 园区经济  A5: a page's section and number, set apart by a wide gap. */
  PAGE_HEADER("^[^，。；！？\\d\\s]{2,12}\\s{2,}[A-Z]?\\d{1,2}$", false),
  /** — 2 —, - 3 -: an official document's page number, which falls wherever the page ends, mid-sentence too. */
  PAGE_NUMBER("^[—\\-－–]{1,2}\\s*\\d{1,3}\\s*[—\\-－–]{1,2}$", false);

  /** Who is credited: 记者, 通讯员, 本报驻某地记者, 新华社记者. A nested class: an enum's constants come first. */
  private static final class Credit {
    static final String WHO = "(?:(?:本报(?:驻\\p{IsHan}{1,6})?|新华社)?(?:特约)?(?:记者|通讯员))";
    /** A person's name, two to four characters, maybe with single spaces between them. */
    static final String NAME = "\\p{IsHan}(?: ?\\p{IsHan}){1,3}";
  }

  /** Authors' names after the last full stop of an article: "…经济发展。 某某". */
  private static final Pattern TRAILING_AUTHORS =
      Pattern.compile("[。！？”」）)]( +\\p{IsHan}{2,3}(?: +\\p{IsHan}{2,3})*)$");
  /** A line of authors' names alone: "某某某 某某某" (two or more names of two or three characters). */
  private static final Pattern AUTHORS = Pattern.compile("^\\p{IsHan}{2,3}( +\\p{IsHan}{2,3})+$");

  /** Bylines before the looser captions. */
  private static final NoiseLine[] IN_ORDER = {ARROW_BYLINE, ARROW_CAPTION, IMAGE_PLACEHOLDER, PICTURE_SOURCE,
      PICTURE_PROVIDER, PICTURE_CREDIT, CREDITED_CAPTION, PHOTOGRAPHER, REPORTER, EDITORS, MASTHEAD, BREADCRUMB, FOOTER,
      PAGE_HEADER, PAGE_NUMBER};

  private final Pattern pattern;
  private final boolean endsArticle;
  /**
   * Characters the line must hold one of, or empty: looking for them first spares each line of a document the
   * patterns that scan it whole before they fail.
   */
  private final String cues;

  NoiseLine(String regex, boolean endsArticle) {
    this(regex, endsArticle, "");
  }

  NoiseLine(String regex, boolean endsArticle, String cues) {
    this.pattern = Pattern.compile(regex);
    this.endsArticle = endsArticle;
    this.cues = cues;
  }

  boolean endsArticle() {
    return endsArticle;
  }

  /** The kind of noise this whole line is. */
  static Optional<NoiseLine> of(CharSequence line) {
    for (NoiseLine kind : IN_ORDER) {
      // every pattern starts with ^: find() would try, and fail at, every later character of a long paragraph
      if (kind.hasCue(line) && kind.pattern.matcher(line).lookingAt()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private boolean hasCue(CharSequence line) {
    if (cues.isEmpty()) {
      return true;
    }
    for (int i = 0; i < line.length(); i++) {
      if (cues.indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where trailing authors' names begin (at their leading space), or -1. */
  static int trailingAuthors(CharSequence line) {
    // names and spaces run back from the end to the mark that closes the last sentence: match only from there
    int mark = line.length();
    while (mark > 0 && isNameOrSpace(Character.codePointBefore(line, mark))) {
      mark -= Character.charCount(Character.codePointBefore(line, mark));
    }
    if (mark == 0) {
      return -1;
    }
    Matcher m = TRAILING_AUTHORS.matcher(line).region(mark - 1, line.length());
    return m.lookingAt() ? m.start(1) : -1;
  }

  private static boolean isNameOrSpace(int codePoint) {
    return codePoint == ' ' || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** Whether the line is nothing but authors' names. */
  static boolean isAuthors(CharSequence line) {
    return AUTHORS.matcher(line).matches();
  }
}
