package zonekg.extract.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zonekg.doc.Article;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.IndustryWords;
import zonekg.extract.region.Gazetteer;

/**
 * The short names by which a document goes on to call the registered companies it named: 数智云图 for
 * 吉林省数智云图信息技术有限公司, 精航装备 for 沈阳精航装备制造有限公司, 北极星供应链 for 黑龙江北极星跨境供应链管理有限公司.
 * <p>A short name is the opening piece of the company's own name (the name without its place, bracketed place and legal
 * form), maybe followed by a second, later piece of it (鑫源合金 of 包头鑫源稀土合金有限公司) or a contraction of the words
 * after the first piece (星澜商管 of 重庆星澜商业管理有限公司). It is read only after the full name, as whole words, where
 * no other mention stands; a piece two companies of the document share names neither.
 * <p>{@link EnterpriseExtractor} reads the whole own name (某某科技) and it without its business word as names of their
 * own, which the resolver links to the full name; this reads the shorter pieces, which need the document's full
 * names to be told from ordinary words, and names the company at once.
 */
public final class ShortNames {
  private static final int MIN_PIECE = 2;
  private static final int MAX_SECOND_PIECE = 4;
  /** The shortest short name of one piece (北极星); two characters alone are too often a word. */
  private static final int MIN_ONE_PIECE = 3;
  /** The shortest short name of two pieces (鑫源合金). */
  private static final int MIN_TWO_PIECES = 4;
  private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]{1,8}[）)]");
  /** 经开区 of 遵义经开区投资建设集团: a zone's kind alone names the zone, not the company named after it. */
  private static final Pattern ZONE_KIND =
      Pattern.compile("经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区|综合保税区|综保区|开发区|新区|片区|园区");
  private final Gazetteer gazetteer;

  public ShortNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Mentions of the short names in {@code doc} of the registered companies among {@code mentions}: where no other
   * mention stands, or where one names the short name alone as a company of its own (由辰光光电牵头组建的), which the
   * caller replaces.
   */
  public List<Mention> find(SegmentedDoc doc, List<Mention> mentions) {
    List<Company> companies = companies(mentions);
    if (companies.isEmpty()) {
      return List.of();
    }
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    for (Article article : doc.articles()) {
      for (Sentence sentence : article.sentences()) {
        Set<Integer> wordEnds = sentence.tokens().stream().map(t -> t.span().end()).collect(Collectors.toSet());
        for (Token token : sentence.tokens()) {
          int at = token.span().begin();
          longestAt(text, at, companies, wordEnds)
              .filter(found -> mentions.stream()
                  .noneMatch(m -> m.span().overlaps(found.span()) && !isShortNameAlone(m, found.span())))
              .ifPresent(found -> out.add(new Mention(EntityType.ENTERPRISE, found.company().name(), found.span(),
                  sentence.index(), found.company().zone(), null, null)));
        }
      }
    }
    return out;
  }

  private record Found(Company company, Span span) {}

  /**
   * Whether {@code m} names, at {@code span} or the start of it, an unregistered company: a short name taken for a
   * name, or cut where HanLP ended a word inside it (恒光硅 of 恒光硅材).
   */
  public static boolean isShortNameAlone(Mention m, Span span) {
    return m.type() == EntityType.ENTERPRISE && m.span().begin() == span.begin() && m.span().end() <= span.end()
        && !CompanyWords.REGISTERED.matcher(m.name()).find();
  }

  /** The longest short name at {@code at} ending where a word ends, if it names one company only. */
  private static Optional<Found> longestAt(String text, int at, List<Company> companies,
      Set<Integer> wordEnds) {
    int best = 0;
    List<Company> named = new ArrayList<>();
    for (Company c : companies) {
      if (c.firstSaid() >= at) {
        continue;
      }
      int length = c.shortNameAt(text, at, wordEnds);
      if (length > best) {
        best = length;
        named.clear();
      }
      if (length == best && length > 0) {
        named.add(c);
      }
    }
    return named.size() == 1 ? Optional.of(new Found(named.get(0), new Span(at, at + best)))
        : Optional.empty();
  }

  /**
   * Each registered company of the document, as it was first named: on its own, or opening the name of its project
   * (某某精密光电股份有限公司空间光学载荷产业化项目).
   */
  private List<Company> companies(List<Mention> mentions) {
    Map<String, Mention> first = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String company = m.type() == EntityType.PROJECT ? m.enterprise() : m.name();
      boolean named = m.type() == EntityType.ENTERPRISE || m.type() == EntityType.PROJECT && company != null;
      if (named && CompanyWords.REGISTERED.matcher(company).find()) {
        first.putIfAbsent(company, m);
      }
    }
    List<Company> out = new ArrayList<>();
    first.forEach((name, m) -> {
      String own = ownName(name);
      if (own.length() >= MIN_PIECE) {
        out.add(new Company(name, own, brandEnd(own), m.span().begin(), m.zone()));
      }
    });
    return out;
  }

  /** 吉林省数智云图信息技术有限公司 → 数智云图信息技术; 惠科电子（北海）有限公司 → 惠科电子. */
  private String ownName(String name) {
    String n = CompanyWords.withoutLegalForm(BRACKETED.matcher(name).replaceAll(""));
    return n.substring(gazetteer.longestNameAt(n, 0));
  }

  /** Where the industry words that close {@code own} begin (数智云图|信息技术), or its end when none do. */
  private static int brandEnd(String own) {
    for (int e = MIN_PIECE; e < own.length(); e++) {
      if (IndustryWords.spellsOut(own.substring(e))) {
        return e;
      }
    }
    return own.length();
  }

  /**
   * A registered company: its name, its own name, where that name's industry words begin, where and in which zone
   * it was first named.
   */
  private record Company(String name, String own, int brandEnd, int firstSaid, String zone) {
    /** The length of the longest short name of this company at {@code at} that ends a word, or 0. */
    int shortNameAt(String text, int at, Set<Integer> wordEnds) {
      int length = 0;
      while (at + length < text.length() && length < own.length() && text.charAt(at + length) == own.charAt(length)) {
        length++;
      }
      // the first piece holds the brand: 数智云图 of 数智云图信息技术, not 信息技术 of it
      if (length < MIN_PIECE || brandEnd < MIN_PIECE || IndustryWords.spellsOut(own.substring(0, length))
          || ZONE_KIND.matcher(own.substring(0, length)).matches()) {
        return 0;
      }
      for (int k = MAX_SECOND_PIECE; k >= MIN_PIECE; k--) {
        int end = at + length + k;
        if (end <= text.length() && length + k >= MIN_TWO_PIECES && wordEnds.contains(end)
            && own.indexOf(text.substring(at + length, end), length) >= 0) {
          return length + k;
        }
      }
      if (length >= MIN_ONE_PIECE && wordEnds.contains(at + length)) {
        return length;
      }
      return contractedAt(text, at, length, wordEnds);
    }

    /**
     * The length of a short name at {@code at} whose opening piece, {@code matched} characters or fewer, is followed by
     * a contraction of the words after it in the own name (星澜商管 of 星澜商业管理), or 0.
     */
    private int contractedAt(String text, int at, int matched, Set<Integer> wordEnds) {
      for (int first = matched; first >= MIN_PIECE; first--) {
        for (int k = MAX_SECOND_PIECE; k >= MIN_PIECE; k--) {
          int end = at + first + k;
          if (end <= text.length() && first + k >= MIN_TWO_PIECES && wordEnds.contains(end)
              && contracts(text.substring(at + first, end), first)) {
            return first + k;
          }
        }
      }
      return 0;
    }

    /**
     * Whether {@code piece} contracts the words of the own name from {@code from} on, one character of each kept in
     * order: 商管 of 星澜商业管理, 电科 of 某某电子科技.
     */
    private boolean contracts(String piece, int from) {
      if (from >= own.length() || piece.charAt(0) != own.charAt(from)) {
        return false;
      }
      int at = from;
      for (int i = 1; i < piece.length(); i++) {
        at = own.indexOf(piece.charAt(i), at + 1);
        if (at < 0) {
          return false;
        }
      }
      return true;
    }
  }
}
