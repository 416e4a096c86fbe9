package zonekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.enterprise.CompanyWords;
import zonekg.extract.enterprise.EnterpriseExtractor;
import zonekg.extract.enterprise.ShortNames;
import zonekg.extract.platform.PlatformExtractor;
import zonekg.extract.platform.PlatformShortNames;
import zonekg.extract.project.ProjectExtractor;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.region.RegionExtractor;
import zonekg.extract.zone.ZoneExtractor;

/**
 * Every entity mention of a document: zones, enterprises, projects, platforms and regions, with
 * overlaps settled and each enterprise, project and platform placed in a zone.
 * <p>Example: "济南高新区推动A科技、B电子等企业落户" → zone 济南高新区; enterprises A科技 and B电子,
 * both with zone 济南高新区.
 */
public final class EntityExtractor implements Extractor<Mention> {
  /** On equal spans the text's own framing wins: a listed project over the platform its head suggests. */
  private static final Map<EntityType, Integer> PRIORITY = Map.of(
      EntityType.ZONE, 0, EntityType.PROJECT, 1, EntityType.PLATFORM, 2, EntityType.ENTERPRISE, 3,
      EntityType.REGION, 4);

  /** 公司 or 该公司 right before a project's name: the company named last, referred back to. */
  private static final Pattern COMPANY_REFERRED = Pattern.compile("(?:^|[^\\p{IsHan}]|该|这家)公司$");
  /** How far back, in characters, the company referred to may have been named. */
  private static final int MAX_REFERENCE_DISTANCE = 300;
  /** The most characters of a place's name a mention may have left out at its start. */
  private static final int MAX_PLACE_CUT = 2;
  /** What a park or institute is called after the zone spelled out before it: 光子材料研究院, not 三园. */
  private static final int MIN_PLATFORM_AFTER_ZONE = 4;
  /** 入驻 cut by HanLP (入/驻的…), 的, 其 and 但: characters no name of a firm, park or project opens with. */
  private static final String NEVER_OPENS_NAME = "驻的其但";
  private static final int MIN_NAME_AFTER_CUT = 4;
  /**
   * Characters that link or govern a name as prepositions, conjunctions or adverbs (与某公司, 由某公司, 仅某公司就…):
   * before a name they are no part of it.
   */
  private static final String GOVERNS_NAMES = "与和及同跟对向为给在把被由从将以于或而但并且仅只光单就连即便约近共总乃其";
  private static final Set<String> SPLIT_AFTER_PLACE = Set.of("d", "p", "c", "cc");
  private static final String ADVERB = "d";
  private static final String PLACE = "ns";
  /** What a clause opens after: a sentence's or a clause's mark, a line, a quotation or bracket. */
  private static final String CLAUSE_OPENS_AFTER = "。！？；，：、\n“（(——";
  /** A zone's kind spelled out in full, not shortened (某某高新区, 某某国家高新区). */
  private static final Pattern SPELLED_OUT_ZONE = Pattern.compile("(?:经济技术开发区|技术产业开发区|综合保税区|经济开发区)$");
  private static final char OF = '的';
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** How many characters of a brand make it known: three (天骏汽, 准源煤), as two (智能, 新能) open common words. */
  private static final int BRAND_HEAD = 3;
  /** The most characters of a brand HanLP may have cut from the name it opens (沪芯半导体/刻/蚀设备…). */
  private static final int MAX_BRAND_CUT = 6;
  private final List<Extractor<Mention>> extractors;
  private final ShortNames shortNames;
  private final PlatformShortNames platformNames;
  private final Gazetteer gazetteer;

  public EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.shortNames = new ShortNames(gazetteer);
    this.platformNames = new PlatformShortNames(gazetteer);
    this.extractors = List.of(new ZoneExtractor(gazetteer), new ProjectExtractor(), new PlatformExtractor(gazetteer),
        new EnterpriseExtractor(gazetteer), new RegionExtractor(gazetteer));
  }

  /** An extractor over the shared gazetteer. */
  public static EntityExtractor create() {
    return new EntityExtractor(Gazetteer.get());
  }

  @Override
  public List<Mention> extract(SegmentedDoc doc) {
    List<Mention> all = new ArrayList<>();
    extractors.forEach(e -> all.addAll(e.extract(doc)));
    Set<Integer> wordStarts = new HashSet<>();
    Map<Integer, Token> wordsEnding = new HashMap<>();
    doc.sentences().flatMap(s -> s.tokens().stream()).forEach(t -> {
      wordStarts.add(t.span().begin());
      wordsEnding.put(t.span().end(), t);
    });
    all.replaceAll(m -> withWholePlace(doc.text(), wordStarts, m));
    all.replaceAll(m -> withoutZoneSpelledOut(all, m));
    all.replaceAll(m -> withZoneCutInto(doc.text(), all, m));
    all.removeIf(
        m -> m.type() == EntityType.PLATFORM && PlatformExtractor.BARE_ZONE_START.matcher(m.name()).lookingAt());
    all.replaceAll(this::withoutWordBefore);
    all.replaceAll(m -> withoutClauseBefore(doc.text(), m));
    all.replaceAll(m -> withCharacterSplitOff(doc.text(), wordsEnding, m));
    // a company's short name inside a project's name (某某储能电池项目) loses its own mention but still owns the project
    List<String> companies = all.stream().filter(m -> m.type() == EntityType.ENTERPRISE).map(Mention::name).toList();
    List<Mention> out = new ArrayList<>(platformNames.withFullNames(ZoneAttacher.attach(doc, withoutOverlaps(all),
        companies)));
    out = withBrandsWhole(doc.text(), withShortNames(doc, out));
    out.sort(Comparator.comparing(Mention::span).thenComparing(m -> PRIORITY.get(m.type())));
    return out;
  }

  /**
   * {@code mentions} with those of the registered companies' short names; a mention that took a short name for a
   * company of its own (由辰光光电牵头组建的, （以下简称“国鸿汽车”）) gives way to it, and so does the owner of a project
   * known by that short name (国鸿汽车二期扩能项目).
   */
  private List<Mention> withShortNames(SegmentedDoc doc, List<Mention> mentions) {
    List<Mention> shortNamed = shortNames.find(doc, mentions);
    Map<String, String> fullNames = new HashMap<>();
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      Optional<Mention> named = shortNamed.stream().filter(s -> ShortNames.isShortNameAlone(m, s.span())).findFirst();
      named.ifPresent(s -> fullNames.put(m.name(), s.name()));
      if (named.isEmpty()) {
        out.add(m);
      }
    }
    out.replaceAll(m -> m.type() == EntityType.PROJECT && fullNames.containsKey(m.enterprise())
        ? new Mention(m.type(), m.name(), m.span(), m.sentence(), m.zone(), fullNames.get(m.enterprise()), m.status())
        : m);
    out.addAll(shortNamed);
    return withOwnersReferredTo(doc, withOwnersOpening(doc, out, shortNamed));
  }

  /**
   * 天骏汽车的天/骏汽车新能源重卡项目, （简称“沪芯半导体”）的沪/芯半导体…项目: HanLP cut a firm's brand where it opens the
   * name of a project, park or firm; the characters cut off, right before the name, are put back when with it they open
   * as a firm of the document is named (its short name, or its legal name after the place). A mention of the firm's
   * short name among them, a character at most before the name (沪芯半导体/刻/蚀设备…项目), is part of it, and the
   * firm owns the project.
   */
  private List<Mention> withBrandsWhole(String text, List<Mention> mentions) {
    Set<String> brands = new HashSet<>();
    mentions.stream().filter(m -> m.type() == EntityType.ENTERPRISE)
        .flatMap(m -> Stream.of(m.name(), m.span().of(text)))
        .map(name -> name.substring(gazetteer.longestNameAt(name, 0)))
        .filter(own -> own.length() >= BRAND_HEAD && Han.only(own.substring(0, BRAND_HEAD)))
        .forEach(own -> brands.add(own.substring(0, BRAND_HEAD)));
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      if (m.type() != EntityType.ZONE && m.type() != EntityType.REGION && out.contains(m)) {
        withBrandWhole(text, brands, out, m);
      }
    }
    return out;
  }

  /**
   * The characters put back hold no other name and nothing that links or governs one (某某半导体与某钢). The mentions
   * around are looked at only where the characters open a brand: what overlaps a shorter cut overlaps every longer one.
   */
  private static void withBrandWhole(String text, Set<String> brands, List<Mention> out, Mention m) {
    int begin = m.span().begin();
    if (brands.contains(m.name().substring(0, Math.min(BRAND_HEAD, m.name().length())))) {
      return;
    }
    for (int from = begin - 1; from >= Math.max(0, begin - MAX_BRAND_CUT) && Han.is(text.charAt(from))
        && text.charAt(from) != OF && GOVERNS_NAMES.indexOf(text.charAt(from)) < 0; from--) {
      Span cut = new Span(from, begin);
      String whole = cut.of(text) + m.name();
      if (whole.length() < BRAND_HEAD || !brands.contains(whole.substring(0, BRAND_HEAD))) {
        continue;
      }
      List<Mention> inside = out.stream().filter(o -> o != m && o.span().overlaps(cut)).toList();
      if (inside.size() > 1 || inside.stream().anyMatch(o -> o.type() != EntityType.ENTERPRISE)) {
        return;
      }
      Optional<Mention> brand = inside.stream().findFirst();
      if (brand.isPresent() && brand.get().span().begin() < from) {
        continue;
      }
      // 某某生物依托某孵化器: more than a character after the firm's name is a word of its own, not the name cut
      if (brand.isPresent() && begin - brand.get().span().end() > 1) {
        return;
      }
      String owner = m.type() == EntityType.PROJECT && m.enterprise() == null
          ? brand.map(Mention::name).orElse(null) : m.enterprise();
      out.set(out.indexOf(m), new Mention(m.type(), whole, new Span(from, m.span().end()), m.sentence(), m.zone(),
          owner, m.status()));
      brand.ifPresent(out::remove);
      return;
    }
  }

  /**
   * 该公司智能工厂项目, 公司年产2000万片…项目: a project its company is referred back to before is that company's, the
   * last registered one named before it.
   */
  private static List<Mention> withOwnersReferredTo(SegmentedDoc doc, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i < out.size(); i++) {
      int at = i;
      Mention project = out.get(at);
      int begin = project.span().begin();
      if (project.type() != EntityType.PROJECT || project.enterprise() != null
          || !COMPANY_REFERRED.matcher(doc.text().substring(Math.max(0, begin - 3), begin)).find()) {
        continue;
      }
      mentions.stream()
          .filter(m -> m.type() == EntityType.ENTERPRISE && m.span().end() <= begin
              && begin - m.span().end() <= MAX_REFERENCE_DISTANCE && CompanyWords.REGISTERED.matcher(m.name()).find())
          .max(Comparator.comparingInt(m -> m.span().end()))
          .map(owner -> new Mention(EntityType.PROJECT, project.name(), project.span(), project.sentence(),
              project.zone(), owner.name(), project.status()))
          .ifPresent(owned -> out.set(at, owned));
    }
    return out;
  }

  /**
   * 加快晶辉硅材10万吨多晶硅项目: a short name right before a project's name opens that name and names its owner, as a
   * company's short name inside a project's name does.
   */
  private static List<Mention> withOwnersOpening(SegmentedDoc doc, List<Mention> mentions, List<Mention> shortNamed) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention owner : shortNamed) {
      out.stream()
          .filter(m -> m.type() == EntityType.PROJECT && m.span().begin() == owner.span().end())
          .findFirst()
          .ifPresent(project -> {
            Span span = new Span(owner.span().begin(), project.span().end());
            String name = doc.text().substring(owner.span().begin(), owner.span().end()) + project.name();
            String enterprise = project.enterprise() == null ? owner.name() : project.enterprise();
            out.set(out.indexOf(project), new Mention(EntityType.PROJECT, name, span, project.sentence(), project.zone(),
                enterprise, project.status()));
            out.remove(owner);
          });
    }
    return out;
  }

  /**
   * 九/m 原/b 工业园区, 北京/ns 大兴/v 国际机场综合保税区: a name that begins inside the name of a place, where HanLP read the
   * place as a numeral or a verb, begins with the place; not one that opens with a place of its own at a word's start
   * (建/v 湖北省…, not 建湖), nor with a preposition HanLP read into the place (记者从江西/ns 安义工业园区, not 从江).
   */
  private Mention withWholePlace(String text, Set<Integer> wordStarts, Mention m) {
    int begin = m.span().begin();
    if (m.type() == EntityType.REGION || wordStarts.contains(begin) && gazetteer.longestNameAt(text, begin) > 0) {
      return m;
    }
    for (int from = begin - 1; from >= Math.max(0, begin - MAX_PLACE_CUT); from--) {
      int length = gazetteer.longestNameAt(text, from);
      if (length > begin - from && gazetteer.namesOnePlace(text.substring(from, from + length))
          && !gazetteer.gluedPrepositionAt(text, from)) {
        return new Mention(m.type(), text.substring(from, begin) + m.name(), new Span(from, m.span().end()),
            m.sentence(), m.zone(), m.enterprise(), m.status());
      }
    }
    return m;
  }

  /**
   * 吴江经济技术开发区太湖光子材料创新中心: a zone spelled out in full before a park or institute is where it lies, not part
   * of its name; a zone's short name often is (某某高新区科技企业孵化器).
   */
  private static Mention withoutZoneSpelledOut(List<Mention> all, Mention m) {
    if (m.type() != EntityType.PLATFORM) {
      return m;
    }
    return all.stream()
        .filter(z -> z.type() == EntityType.ZONE && z.span().begin() == m.span().begin()
            && SPELLED_OUT_ZONE.matcher(z.name()).find() && m.name().startsWith(z.name())
            && m.name().length() - z.name().length() >= MIN_PLATFORM_AFTER_ZONE)
        .findFirst()
        .map(z -> new Mention(m.type(), m.name().substring(z.name().length()),
            new Span(z.span().end(), m.span().end()), m.sentence(), m.zone(), m.enterprise(), m.status()))
        .orElse(m);
  }

  /**
   * 闵/nz 行经/v 开/v 区智能网联汽车实验室/nt: HanLP read a zone's last characters into the name after it. The zone's
   * short name is part of the name, as it often is (某某高新区科技企业孵化器); one spelled out in full is where it lies.
   */
  private static Mention withZoneCutInto(String text, List<Mention> all, Mention m) {
    if (m.type() == EntityType.ZONE || m.type() == EntityType.REGION) {
      return m;
    }
    return all.stream()
        .filter(z -> z.type() == EntityType.ZONE && z.span().begin() < m.span().begin()
            && z.span().end() > m.span().begin() && m.span().end() - z.span().end() >= MIN_NAME_AFTER_CUT)
        .findFirst()
        .map(z -> {
          int begin = SPELLED_OUT_ZONE.matcher(z.name()).find() ? z.span().end() : z.span().begin();
          String zonePart = WHITESPACE.matcher(text.substring(Math.min(begin, m.span().begin()), m.span().begin()))
              .replaceAll("");
          String name = begin < m.span().begin() ? zonePart + m.name() : m.name().substring(begin - m.span().begin());
          return new Mention(m.type(), name, new Span(begin, m.span().end()), m.sentence(), m.zone(), m.enterprise(),
              m.status());
        })
        .orElse(m);
  }

  /**
   * 某某高新区的某某中试基地, （简称太行光电）的太行光电光学镜头扩能项目: no park's, institute's or project's name holds 的;
   * what stands before it describes the platform or project (where it lies, who built it), and the name begins after it.
   */
  private static Mention withoutClauseBefore(String text, Mention m) {
    int of = m.name().lastIndexOf(OF);
    if (m.type() != EntityType.PLATFORM && m.type() != EntityType.PROJECT || of < 0
        || m.name().length() - of - 1 < MIN_NAME_AFTER_CUT || isQuotedTitle(text, m)) {
      return m;
    }
    return new Mention(m.type(), m.name().substring(of + 1), new Span(m.span().begin() + of + 1, m.span().end()),
        m.sentence(), m.zone(), m.enterprise(), m.status());
  }

  /** “面向低空飞行器的高精度导航关键技术”项目: a title in quotation marks is named whole, 的 and all. */
  private static boolean isQuotedTitle(String text, Mention m) {
    int begin = m.span().begin();
    return begin > 0 && text.charAt(begin - 1) == '“' || text.startsWith("“", begin);
  }

  /**
   * 入驻的某某孵化器, 其某某产业园, 但某某有限公司: HanLP left a word's last character or a function word before the name;
   * no name opens with one, unless with a place (驻马店).
   */
  private Mention withoutWordBefore(Mention m) {
    if (m.type() == EntityType.ZONE || m.type() == EntityType.REGION) {
      return m;
    }
    int cut = 0;
    while (cut < m.name().length() && NEVER_OPENS_NAME.indexOf(m.name().charAt(cut)) >= 0) {
      cut++;
    }
    if (cut == 0 || m.name().length() - cut < MIN_NAME_AFTER_CUT || gazetteer.longestNameAt(m.name(), 0) > 0) {
      return m;
    }
    return new Mention(m.type(), m.name().substring(cut), new Span(m.span().begin() + cut, m.span().end()),
        m.sentence(), m.zone(), m.enterprise(), m.status());
  }

  /**
   * ；亦/d 城智造科技有限公司, 海南/ns 自/p 贸港航空维修工程技术研究中心: HanLP's organisation recogniser reads a name's
   * first character as an adverb or a preposition and leaves it out. An adverb opening a clause cannot govern a name
   * (only a verb), so it is the name's; a place, then a character that could only govern a name as a preposition, then
   * the name, is one name (not 北京与某公司, where 与 joins two).
   */
  private static Mention withCharacterSplitOff(String text, Map<Integer, Token> wordsEnding, Mention m) {
    Token split = wordsEnding.get(m.span().begin());
    if (m.type() == EntityType.ZONE || m.type() == EntityType.REGION || split == null || split.text().length() != 1
        || GOVERNS_NAMES.indexOf(split.text().charAt(0)) >= 0) {
      return m;
    }
    int begin = split.span().begin();
    Token place = wordsEnding.get(begin);
    boolean afterPlace = place != null && place.pos().startsWith(PLACE) && SPLIT_AFTER_PLACE.contains(split.pos());
    boolean opensClause = split.pos().equals(ADVERB)
        && (begin == 0 || CLAUSE_OPENS_AFTER.indexOf(text.charAt(begin - 1)) >= 0);
    if (afterPlace) {
      begin = place.span().begin();
    } else if (!opensClause) {
      return m;
    }
    return new Mention(m.type(), text.substring(begin, m.span().begin()) + m.name(), new Span(begin, m.span().end()),
        m.sentence(), m.zone(), m.enterprise(), m.status());
  }

  /** Longest first; a zone opening a longer name and a company listed as a project survive beside it. */
  static List<Mention> withoutOverlaps(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions.stream().distinct().toList());
    sorted.sort(Comparator.comparingInt((Mention m) -> -m.span().length())
        .thenComparing(m -> PRIORITY.get(m.type()))
        .thenComparing(Mention::span)
        .thenComparing(Mention::name));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      if (kept.stream().allMatch(k -> compatible(k, m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparing(Mention::span).thenComparing(m -> PRIORITY.get(m.type())));
    return kept;
  }

  private static boolean compatible(Mention kept, Mention candidate) {
    if (!kept.span().overlaps(candidate.span())) {
      return true;
    }
    if (kept.span().equals(candidate.span())) {
      return kept.type() == EntityType.PROJECT && candidate.type() == EntityType.ENTERPRISE
          && kept.name().equals(candidate.name());
    }
    // 某某高新区信息通信产业基地 belongs to 某某高新区: the zone stays a mention of its own
    return candidate.type() == EntityType.ZONE && kept.type() != EntityType.ZONE && kept.type() != EntityType.REGION
        && kept.span().begin() == candidate.span().begin();
  }
}
