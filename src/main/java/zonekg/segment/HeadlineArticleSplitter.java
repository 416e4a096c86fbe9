package zonekg.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.LineShapes;
import zonekg.doc.Span;

/**
 * Cuts a normalised newspaper page into its articles. An article starts at the first body
 * paragraph, at a news lead ("本报讯", "本报记者…讯", "新华社…电", a digest's "【某某高新区】") and after a blank line (where the
 * normaliser removed a byline or saw the column width change). Its title is the run of headlines
 * right before its start, if the headline shares a name with the first paragraph; page layouts
 * also print headlines after their article, so a headline left over at an article's end becomes
 * the title of an untitled article whose first paragraph it matches. Subheadings followed by
 * more body text never start an article.
 */
public final class HeadlineArticleSplitter implements ArticleSplitter {
  /** 本报讯, 本报记者…讯, 新华社…电, and the bracketed name that opens each item of a news digest (【银川经开区】…). */
  private static final Pattern LEAD = Pattern.compile("^(" + LineShapes.DATELINE + "|【[^】]{2,16}】(?=\\S))");
  /** 【相关新闻】某某高新区发布…: links to other articles at a web page's end, which title none of this page's. */
  private static final Pattern RELATED = Pattern.compile("[【\\[]?相关(?:新闻|阅读|链接|报道|文章)");
  /** Title and first paragraph must share a phrase of at least this many characters (a zone's name). */
  static final int MIN_SHARED = 4;
  /** How much of the first paragraph a title is compared with. */
  static final int LEAD_WINDOW = 200;
  /** At most this many headline lines form one title (kicker, main title, subtitle). */
  static final int MAX_TITLE_LINES = 3;
  /** A place's name, before a zone word, has at least this many characters. */
  static final int MIN_PLACE = 2;
  /** The words a development zone's name ends in. */
  private static final Pattern ZONE_WORD = Pattern.compile("高新区|经开区|开发区|综保区|保税区|新区|园区|实验区|片区|示范区");

  @Override
  public List<Cut> split(String text) {
    List<Paragraph> paragraphs = Paragraph.of(text);
    if (paragraphs.isEmpty()) {
      return List.of(new Cut(new Span(0, text.length()), null));
    }
    List<Integer> starts = starts(paragraphs);
    List<Span> titles = new ArrayList<>();
    List<Integer> begins = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int start : starts) {
      int firstTitle = titleStart(paragraphs, start);
      titles.add(firstTitle < start ? span(paragraphs, firstTitle, start - 1) : null);
      for (int k = firstTitle; k < start; k++) {
        used.add(k);
      }
      begins.add(firstTitle);
    }
    begins.set(0, 0);
    assignTrailingTitles(paragraphs, starts, titles, used);
    return cuts(text, paragraphs, begins, titles);
  }

  private static List<Integer> starts(List<Paragraph> paragraphs) {
    List<Integer> starts = new ArrayList<>();
    boolean boundary = true;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      boundary |= p.boundaryBefore();
      if (p.isHeadline()) {
        continue;
      }
      if (boundary && !underSubheading(paragraphs, i) || LEAD.matcher(p.text()).find()
          || !starts.isEmpty() && headlinesNameAnotherZone(paragraphs, starts.get(starts.size() - 1), i)) {
        starts.add(i);
      }
      boundary = false;
    }
    if (starts.isEmpty()) {
      starts.add(0);
    }
    return starts;
  }

  /**
   * 【数】园区“成绩单”亮眼 over a section of the same article: headlines between a blank line and the body they run
   * into that share no name with it (and so would not title it), or that a section's number opens (二、…), head a
   * section, not an article.
   */
  private static boolean underSubheading(List<Paragraph> paragraphs, int i) {
    int first = headlinesBefore(paragraphs, i, 0);
    if (first == i || first == 0 || paragraphs.get(i).boundaryBefore()) {
      return false;
    }
    // 本报讯（记者 某某） on a line of its own is a byline, which opens an article
    boolean byline = paragraphs.subList(first, i).stream().anyMatch(p -> LEAD.matcher(p.text()).find());
    return !byline && (LineShapes.isNumberedSection(paragraphs.get(first).text())
        || !shares(span(paragraphs, first, i - 1), paragraphs, leadOf(paragraphs.get(i))));
  }

  /**
   * Text from a PDF often has no blank line between articles. Headlines between the body of the article that
   * began at {@code current} and body paragraph {@code i} start a new article when they and the paragraph's lead
   * name a zone (德阳经开区清洁能源… / 今年以来，德阳经开区…, or its place before the zone spelt out: 德阳经济技术开发区)
   * that the current article's lead does not; a subheading
   * repeats its article's own words, or names no zone.
   */
  private static boolean headlinesNameAnotherZone(List<Paragraph> paragraphs, int current, int i) {
    int first = headlinesBefore(paragraphs, i, current + 1);
    if (first == i) {
      return false;
    }
    String headlines = titleText(span(paragraphs, first, i - 1), paragraphs);
    String lead = leadOf(paragraphs.get(i));
    String currentLead = leadOf(paragraphs.get(current));
    Matcher zone = ZONE_WORD.matcher(headlines);
    while (zone.find()) {
      String named = sharedEndingAt(headlines, zone.end(), lead);
      if (named.length() >= MIN_SHARED && !currentLead.contains(named)) {
        return true;
      }
      // the lead may spell the zone out (嘉兴经开区 / 嘉兴经济技术开发区): then the place before it is shared
      String place = sharedEndingAt(headlines, zone.start(), lead);
      if (place.length() >= MIN_PLACE && ZONE_WORD.matcher(lead).find() && !currentLead.contains(place)) {
        return true;
      }
    }
    return false;
  }

  /** The longest phrase of {@code text} ending at {@code end} that {@code other} also holds. */
  private static String sharedEndingAt(String text, int end, String other) {
    int begin = end;
    while (begin > 0 && other.contains(text.substring(begin - 1, end))) {
      begin--;
    }
    return text.substring(begin, end);
  }

  /**
   * Where the run of at most {@link #MAX_TITLE_LINES} headlines right before paragraph {@code i} begins, reaching back
   * no further than {@code lowest}; {@code i} when none stands there.
   */
  private static int headlinesBefore(List<Paragraph> paragraphs, int i, int lowest) {
    int first = i;
    while (first > lowest && i - first < MAX_TITLE_LINES && paragraphs.get(first - 1).isHeadline()) {
      first--;
    }
    return first;
  }

  /** The first of the headlines right before body paragraph {@code start} that form its title, or {@code start}. */
  private static int titleStart(List<Paragraph> paragraphs, int start) {
    int first = start;
    while (first > 0 && start - first < MAX_TITLE_LINES && paragraphs.get(first - 1).isHeadline()
        && !paragraphs.get(first).boundaryBefore()) {
      first--;
    }
    if (first == start && start > 0 && paragraphs.get(start).boundaryBefore()) {
      // a byline between headline and lead: look across it
      first = headlinesBefore(paragraphs, start, 0);
    }
    String lead = leadOf(paragraphs.get(start));
    for (int k = first; k < start; k++) {
      if (shares(span(paragraphs, k, start - 1), paragraphs, lead)) {
        return k;
      }
    }
    return start;
  }

  /**
   * Headlines stranded at the end of an article title the untitled article whose lead they match
   * best; on a tie the later one, as a kicker (引题) is printed above its main title.
   */
  private static void assignTrailingTitles(List<Paragraph> paragraphs, List<Integer> starts,
      List<Span> titles, Set<Integer> used) {
    List<Integer> candidates = trailingHeadlines(paragraphs, new HashSet<>(starts));
    for (int a = 0; a < starts.size(); a++) {
      if (titles.get(a) != null) {
        continue;
      }
      String lead = leadOf(paragraphs.get(starts.get(a)));
      int best = -1;
      int bestShared = MIN_SHARED;
      for (int i : candidates) {
        int shared = used.contains(i) ? 0 : longestShared(paragraphs.get(i).text(), lead);
        if (shared >= bestShared) {
          best = i;
          bestShared = shared;
        }
      }
      if (best >= 0) {
        titles.set(a, paragraphs.get(best).span());
        used.add(best);
      }
    }
  }

  /**
   * Headlines followed only by headlines until the next article or the end: they have no body of their own. Links to
   * related articles are no headlines of this page.
   */
  private static List<Integer> trailingHeadlines(List<Paragraph> paragraphs, Set<Integer> starts) {
    List<Integer> out = new ArrayList<>();
    boolean beforeStart = true;
    // headlines above the first article trail none: left untitling it, they title no other (数读某某高新区上半年)
    int first = Collections.min(starts);
    for (int i = paragraphs.size() - 1; i > first; i--) {
      if (!paragraphs.get(i).isHeadline()) {
        beforeStart = starts.contains(i);
      } else if (beforeStart && !RELATED.matcher(paragraphs.get(i).text()).lookingAt()) {
        out.add(i);
      }
    }
    Collections.reverse(out);
    return out;
  }

  private static List<Cut> cuts(String text, List<Paragraph> paragraphs, List<Integer> begins, List<Span> titles) {
    List<Cut> cuts = new ArrayList<>();
    for (int a = 0; a < begins.size(); a++) {
      int begin = a == 0 ? 0 : paragraphs.get(begins.get(a)).span().begin();
      int end = a + 1 < begins.size() ? paragraphs.get(begins.get(a + 1)).span().begin() : text.length();
      cuts.add(new Cut(new Span(begin, end), titles.get(a)));
    }
    return cuts;
  }

  private static Span span(List<Paragraph> paragraphs, int from, int to) {
    return new Span(paragraphs.get(from).span().begin(), paragraphs.get(to).span().end());
  }

  private static String leadOf(Paragraph p) {
    return p.text().substring(0, Math.min(LEAD_WINDOW, p.text().length()));
  }

  private static boolean shares(Span title, List<Paragraph> paragraphs, String lead) {
    String text = titleText(title, paragraphs);
    return longestShared(text, lead) >= MIN_SHARED || namesZoneOfLead(text, lead);
  }

  /**
   * 烟台开发区… over a lead that spells the zone out (烟台经济技术开发区): the place before the zone word is shared, and the
   * lead names a zone of the same kind there (德阳高新区… over 德阳综合保税区 is another zone).
   */
  private static boolean namesZoneOfLead(String title, String lead) {
    Matcher zone = ZONE_WORD.matcher(title);
    while (zone.find()) {
      String place = sharedEndingAt(title, zone.start(), lead);
      if (place.length() >= MIN_PLACE && Pattern.compile(Pattern.quote(place) + "\\p{IsHan}{0,6}?(?:"
          + spelledOut(zone.group()) + ")").matcher(lead).find()) {
        return true;
      }
    }
    return false;
  }

  /** The ways a zone word is written out. */
  private static String spelledOut(String zoneWord) {
    return switch (zoneWord) {
      case "开发区", "经开区" -> "开发区|经开区";
      case "高新区" -> "高新区|高新技术产业开发区";
      case "综保区", "保税区" -> "综保区|综合保税区|保税区";
      default -> zoneWord;
    };
  }

  /** Length of the longest phrase of {@code title} that also occurs in {@code lead}. */
  static int longestShared(String title, String lead) {
    int longest = 0;
    for (int i = 0; i < title.length(); i++) {
      int length = longest + 1;
      while (i + length <= title.length() && lead.contains(title.substring(i, i + length))) {
        longest = length;
        length++;
      }
    }
    return longest;
  }

  private static String titleText(Span title, List<Paragraph> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (title.contains(p.span())) {
        sb.append(p.text()).append('\n');
      }
    }
    return sb.toString();
  }
}
