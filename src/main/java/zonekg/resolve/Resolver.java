package zonekg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.Observation;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.Stage;
import zonekg.extract.enterprise.CompanyWords;
import zonekg.extract.region.Division;
import zonekg.extract.region.Gazetteer;
import zonekg.extract.zone.NationalZones;
import zonekg.extract.zone.ZoneNames;

/**
 * MentionedDocs → ResolvedCorpus: one entity per real thing across documents, short names joined
 * to full ones, zones placed in their city and province.
 * <p>Example: mentions 无锡高新区 and 无锡国家高新技术产业开发区 in one document → entity
 * {@code zone/无锡高新区} labelled 无锡高新区, alias 无锡国家高新技术产业开发区, region
 * {@code region/320200} (无锡市, in 江苏省). The result does not depend on the order of the input.
 */
public final class Resolver implements Stage<List<MentionedDoc>, ResolvedCorpus> {
  static final String COUNTRY_NAME = "全国";
  private static final String BARE_DEVELOPMENT_ZONE = "开发区";
  /** A zone's name without its place keeps at least this much: 三江新区, not 高新区. */
  private static final int MIN_PLACELESS_ZONE = 4;
  /** A project name ending a longer one is that project from this length on (8 characters: 六个字 + 项目). */
  private static final int MIN_PROJECT_TAIL = 8;
  /** 高于全区: in an autonomous region (广西壮族自治区) 全区 is the region, as 全省 is a province; elsewhere it is ambiguous. */
  private static final String AUTONOMOUS_REGION_WIDE = "全区";
  private static final String AUTONOMOUS_REGION = "自治区";
  /** 高于全州: in an autonomous prefecture 全州 is the prefecture (and not 全州县). */
  private static final String PREFECTURE_WIDE = "全州";
  private static final String AUTONOMOUS_PREFECTURE = "自治州";
  /** What a project is, after its company: 储能工厂项目. */
  private static final int MIN_PROJECT_REST = 4;
  private static final int MIN_SHORT_COMPANY = 2;
  /** A project named after its registered company is called by the rest from this length on: 碳化硅衬底项目, not 扩建项目. */
  private static final int MIN_LABEL_AFTER_COMPANY = 6;
  /** Regions named relative to a zone, by how far above the zone's city they are. */
  private static final Map<String, Integer> RELATIVE_REGIONS =
      Map.of("全市", 0, "本市", 0, "我市", 0, "全省", 1, "本省", 1, "我省", 1, AUTONOMOUS_REGION_WIDE, 1, PREFECTURE_WIDE, 0);

  private final Gazetteer gazetteer;
  private final ZoneLocator locator;
  private final EnterpriseAliases enterpriseAliases;
  private final NationalZones national;

  public Resolver(Gazetteer gazetteer, NationalZones national) {
    this.gazetteer = gazetteer;
    this.locator = new ZoneLocator(gazetteer, national);
    this.enterpriseAliases = new EnterpriseAliases(gazetteer);
    this.national = national;
  }

  /** A resolver over the shared gazetteer and national zone lists. */
  public static Resolver create() {
    return new Resolver(Gazetteer.get(), NationalZones.get());
  }

  @Override
  public ResolvedCorpus apply(List<MentionedDoc> input) {
    List<MentionedDoc> docs = inNameOrder(input);
    Map<String, Accumulator> entities = new TreeMap<>();
    Map<String, String> corpusAliases = enterpriseAliases.acrossCorpus(docs);
    Map<String, Map<String, String>> keys = new TreeMap<>();
    for (MentionedDoc doc : docs) {
      keys.put(doc.name(), new DocResolution(doc, entities, corpusAliases).run());
    }
    Map<String, Entity> built = new TreeMap<>();
    entities.forEach((k, a) -> built.put(k, a.build()));
    return new ResolvedCorpus(docs, built, keys);
  }

  /**
   * The documents sorted by name. A build hands them over sorted, perhaps waiting on disk to be read one at a
   * time: then they are used as they are, since a sorted copy would hold the whole corpus in memory.
   */
  private static List<MentionedDoc> inNameOrder(List<MentionedDoc> input) {
    String previous = "";
    for (MentionedDoc doc : input) {
      if (doc.name().compareTo(previous) < 0) {
        List<MentionedDoc> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(MentionedDoc::name));
        return sorted;
      }
      previous = doc.name();
    }
    return input;
  }

  /** The key of a zone, shared by all its spellings. */
  String zoneKey(String name) {
    String canonical = ZoneNames.canonical(name);
    Optional<NationalZones.Listed> listed = national.lookup(name).or(() -> national.lookup(canonical));
    return "zone/" + listed.map(l -> ZoneNames.canonical(l.shortName())).orElse(canonical);
  }

  static String regionKey(Division d) {
    return "region/" + d.code();
  }

  /** One document's contribution: its names, their keys, and what it says about each entity. */
  private final class DocResolution {
    private final MentionedDoc doc;
    private final Map<String, Accumulator> entities;
    private final Map<String, String> corpusAliases;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<Mention> mentions;
    private final Map<String, String> bareDevelopmentZones;
    private final Map<String, String> placeless;
    private final Map<String, String> declaredZones;
    private final Map<String, String> projectTails;

    DocResolution(MentionedDoc doc, Map<String, Accumulator> entities, Map<String, String> corpusAliases) {
      this.doc = doc;
      this.entities = entities;
      this.corpusAliases = corpusAliases;
      List<Mention> sorted = new ArrayList<>(doc.mentions());
      sorted.sort(Comparator.comparing(Mention::span).thenComparing(m -> m.type().ordinal())
          .thenComparing(Mention::name));
      this.mentions = sorted;
      this.bareDevelopmentZones = bareDevelopmentZones(sorted);
      this.placeless = placeless(sorted);
      this.projectTails = projectTails(sorted);
      this.declaredZones = declaredZones(sorted, doc.doc().text());
    }

    /** 某某港区 declared in brackets after 某某经济综合实验区: the short name → the full one. */
    private static Map<String, String> declaredZones(List<Mention> mentions, String text) {
      Map<String, String> out = new TreeMap<>();
      mentions.stream().filter(m -> m.type() == EntityType.ZONE).forEach(m -> ZoneNames.declaredShortName(text,
          m.span().end()).filter(shortName -> !shortName.equals(m.name())).ifPresent(shortName -> out.putIfAbsent(
              shortName, m.name())));
      return out;
    }

    /**
     * 广州开发区 beside 广州经济技术开发区: a bare 开发区 is the one development zone of the same place the document
     * names in full, when it names exactly one; not a bonded zone of that place (广州南沙综合保税区).
     */
    private static Map<String, String> bareDevelopmentZones(List<Mention> mentions) {
      List<String> zones = mentions.stream().filter(m -> m.type() == EntityType.ZONE).map(Mention::name).distinct()
          .toList();
      Map<String, String> out = new TreeMap<>();
      for (String bare : zones) {
        if (!bare.endsWith(BARE_DEVELOPMENT_ZONE) || bare.length() <= BARE_DEVELOPMENT_ZONE.length()) {
          continue;
        }
        String place = bare.substring(0, bare.length() - BARE_DEVELOPMENT_ZONE.length());
        List<String> full = zones.stream()
            .filter(z -> !z.equals(bare) && z.startsWith(place) && z.endsWith(BARE_DEVELOPMENT_ZONE)).toList();
        if (full.size() == 1) {
          out.put(bare, full.get(0));
        }
      }
      return out;
    }

    /**
     * 宁波梅山综合保税区 beside 梅山综保区, 宜宾三江新区 beside 三江新区: a zone named without the city or province that
     * opens its name elsewhere in the document is that zone, when a name of its own is left; so is a free-trade
     * area's section (曹妃甸片区 beside 中国（河北）自由贸易试验区曹妃甸片区).
     */
    private Map<String, String> placeless(List<Mention> mentions) {
      Map<String, String> byCanonical = new TreeMap<>();
      mentions.stream().filter(m -> m.type() == EntityType.ZONE).map(Mention::name)
          .forEach(name -> byCanonical.putIfAbsent(ZoneNames.canonical(name), name));
      Map<String, String> out = new TreeMap<>();
      byCanonical.forEach((canonical, name) -> {
        String rest = canonical.substring(gazetteer.longestNameAt(canonical, 0));
        List<String> shorterForms = Stream.concat(ZoneNames.ownForms(rest),
            ZoneNames.freeTradeSection(canonical).stream()).toList();
        for (String shorter : shorterForms) {
          if (shorter.length() >= MIN_PLACELESS_ZONE && !shorter.equals(canonical) && byCanonical.containsKey(shorter)) {
            // 宁波片区 beside 自贸试验区宁波片区 and 中国（浙江）自由贸易试验区宁波片区: the fullest name is the zone
            out.merge(byCanonical.get(shorter), name, (a, b) -> a.length() >= b.length() ? a : b);
          }
        }
      });
      return out;
    }

    /**
     * 某某航空发动机保税维修项目 and, later, 航空发动机保税维修项目: a project name that ends a longer one of the same
     * document (HanLP cut its first characters, or the text shortens it) is that project, when it is long enough
     * to name one thing; so is one that only shortens the company opening the longer name (某某储能工厂项目 beside
     * 某某（上海）有限公司储能工厂项目).
     */
    private static Map<String, String> projectTails(List<Mention> mentions) {
      List<String> projects = mentions.stream().filter(m -> m.type() == EntityType.PROJECT).map(Mention::name)
          .distinct().toList();
      Map<String, String> out = new TreeMap<>();
      for (String shorter : projects) {
        projects.stream()
            .filter(p -> p.length() > shorter.length()
                && (shorter.length() >= MIN_PROJECT_TAIL && p.endsWith(shorter) || withShortCompany(shorter, p)))
            .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
            .ifPresent(full -> out.put(shorter, full));
      }
      return out;
    }

    private static boolean withShortCompany(String shorter, String full) {
      int common = 0;
      while (common < shorter.length()
          && shorter.charAt(shorter.length() - 1 - common) == full.charAt(full.length() - 1 - common)) {
        common++;
      }
      String shortCompany = shorter.substring(0, shorter.length() - common);
      String company = full.substring(0, full.length() - common);
      return common >= MIN_PROJECT_REST && shortCompany.length() >= MIN_SHORT_COMPANY
          && EnterpriseAliases.isLegalName(company) && company.startsWith(shortCompany);
    }

    /** The key of a zone named in this document. */
    private String zoneKey(String name) {
      String named = declaredZones.getOrDefault(name, name);
      return Resolver.this.zoneKey(bareDevelopmentZones.getOrDefault(named, placeless.getOrDefault(named, named)));
    }

    Map<String, String> run() {
      zones();
      regions();
      Map<String, String> docAliases = enterpriseAliases.withinDocument(doc);
      for (Mention m : mentions) {
        switch (m.type()) {
          case ENTERPRISE -> enterprise(m.name(), docAliases);
          case PROJECT -> project(m);
          case PLATFORM -> seen("platform/" + m.name(), EntityType.PLATFORM, m.name());
          default -> { }
        }
      }
      for (Mention m : mentions) {
        attributes(m, docAliases);
      }
      for (Observation o : doc.observations()) {
        subject(o.subject(), o.subjectType(), docAliases);
        if (o.comparedTo() != null) {
          region(o.comparedTo());
          relativeRegion(o).ifPresent(key -> names.put(ResolvedCorpus.relative(o.subject(), o.comparedTo()), key));
        }
      }
      return names;
    }

    /**
     * 增速高于全市 said of a zone, or of a company or park in one: the city the zone lies in (全省: its province; 全区:
     * its autonomous region). Nothing when the subject has no zone with a known city.
     */
    private Optional<String> relativeRegion(Observation o) {
      return regionAbove(o.subjectType(), o.subject(), o.comparedTo());
    }

    /**
     * The region {@code relative} (全市, 全省) names for {@code subject}, a {@code type}: around the zone it is or lies
     * in, or the region holding it if it is one.
     */
    private Optional<String> regionAbove(EntityType type, String subjectName, String relative) {
      Integer levelsUp = RELATIVE_REGIONS.get(relative);
      String subject = levelsUp == null ? null : keyOf(type, subjectName);
      if (subject == null) {
        return Optional.empty();
      }
      if (type == EntityType.REGION) {
        return gazetteer.byCode(entities.get(subject).code)
            .flatMap(d -> levelsUp == 0 ? gazetteer.city(d) : gazetteer.province(d))
            .filter(d -> !AUTONOMOUS_REGION_WIDE.equals(relative) || d.name().endsWith(AUTONOMOUS_REGION))
            .filter(d -> !PREFECTURE_WIDE.equals(relative) || d.name().endsWith(AUTONOMOUS_PREFECTURE))
            .map(this::ensureRegion);
      }
      String zone = type == EntityType.ZONE ? subject : entities.get(subject).in(doc.name()).zone();
      String region = zone == null ? null : entities.get(zone).region;
      for (int i = 0; i < levelsUp && region != null; i++) {
        region = entities.get(region).region;
      }
      if (region != null && PREFECTURE_WIDE.equals(relative)) {
        // a zone of 延吉 lies in the county-level city, and 全州 is the prefecture above it
        return gazetteer.byCode(entities.get(region).code).flatMap(gazetteer::city)
            .filter(d -> d.name().endsWith(AUTONOMOUS_PREFECTURE)).map(this::ensureRegion);
      }
      if (region != null && AUTONOMOUS_REGION_WIDE.equals(relative)
          && !gazetteer.byCode(entities.get(region).code).map(d -> d.name().endsWith(AUTONOMOUS_REGION)).orElse(false)) {
        return Optional.empty();
      }
      return Optional.ofNullable(region);
    }

    private void zones() {
      List<Mention> zones = mentions.stream().filter(m -> m.type() == EntityType.ZONE).toList();
      // 临港新片区 first, 中国（上海）自由贸易试验区临港新片区 later: any spelling of a zone that places it decides
      Map<String, Division> certainCities = new HashMap<>();
      for (Mention m : zones) {
        locator.locate(m.name()).filter(ZoneLocator.Located::certain)
            .ifPresent(l -> certainCities.putIfAbsent(zoneKey(m.name()), l.city()));
      }
      for (int i = 0; i < zones.size(); i++) {
        Mention m = zones.get(i);
        String key = zoneKey(m.name());
        Accumulator a = seen(key, EntityType.ZONE, m.name());
        if (a.region == null) {
          int at = i;
          Optional.ofNullable(certainCities.get(key)).or(() -> cityOf(zones, at))
              .ifPresent(city -> a.region = ensureRegion(city));
        }
      }
    }

    /**
     * A zone no sentence names, only a headline (the subject of the article's figures) or where a company lies: placed
     * by its own name when that is certain.
     */
    private Accumulator unmentionedZone(String name) {
      Accumulator a = seen(zoneKey(name), EntityType.ZONE, name);
      if (a.region == null) {
        locator.locate(name).filter(ZoneLocator.Located::certain).ifPresent(l -> a.region = ensureRegion(l.city()));
      }
      return a;
    }

    /** A certain city from the name, else the nearest zone around with a certain city, else the district's city. */
    private Optional<Division> cityOf(List<Mention> zones, int i) {
      Optional<ZoneLocator.Located> own = locator.locate(zones.get(i).name());
      if (own.isPresent() && own.get().certain()) {
        return Optional.of(own.get().city());
      }
      for (int d = 1; d < zones.size(); d++) {
        for (int j : new int[] {i - d, i + d}) {
          if (j >= 0 && j < zones.size()) {
            Optional<ZoneLocator.Located> near = locator.locate(zones.get(j).name());
            if (near.isPresent() && near.get().certain()) {
              return Optional.of(near.get().city());
            }
          }
        }
      }
      return own.map(ZoneLocator.Located::city);
    }

    private void regions() {
      for (Mention m : mentions) {
        if (m.type() == EntityType.REGION) {
          region(m.name());
        }
      }
    }

    private Optional<String> region(String name) {
      Optional<Division> d = COUNTRY_NAME.equals(name) ? Optional.of(gazetteer.country()) : gazetteer.lookup(name);
      d.ifPresent(div -> {
        String key = ensureRegion(div);
        entities.get(key).seen(div.name(), doc.name());
        names.putIfAbsent(name, key);
        names.put(ResolvedCorpus.typed(EntityType.REGION, name), key);
      });
      return d.map(Resolver::regionKey);
    }

    /** The region's entity and those of every division above it, each pointing to its parent. */
    private String ensureRegion(Division d) {
      String key = regionKey(d);
      Accumulator a = entities.computeIfAbsent(key, k -> new Accumulator(k, EntityType.REGION));
      if (a.code == null) {
        a.code = d.code();
        a.preferLabel(d.name());
        if (d.parent() != null) {
          a.region = ensureRegion(gazetteer.byCode(d.parent()).orElseThrow());
        }
      }
      // only a region the text names is mentioned by it (region(name) records that); a zone's inferred
      // city is not, or which document mentions it would depend on which one came first
      return key;
    }

    private void enterprise(String name, Map<String, String> docAliases) {
      String fullHere = docAliases.getOrDefault(name, name);
      String full = docAliases.containsKey(name) ? fullHere : corpusAliases.getOrDefault(name, name);
      Accumulator a = seen("enterprise/" + full, EntityType.ENTERPRISE, name);
      a.preferLabel(full);
      // another document's fuller name (浪潮集团有限公司) is this one's entity, not how this one writes it (浪潮)
      a.preferName(doc.name(), fullHere);
      names.put(name, "enterprise/" + full);
      names.put(ResolvedCorpus.typed(EntityType.ENTERPRISE, name), "enterprise/" + full);
    }

    /**
     * A project named with its company's registered name (某某储能科技有限公司储能电池项目) is called by what it builds;
     * the company is its enterprise and the whole form one of its names.
     */
    private void project(Mention m) {
      Accumulator a = seen(projectKey(projectTails.getOrDefault(m.name(), m.name())), EntityType.PROJECT, m.name());
      String company = m.enterprise();
      if (company != null && CompanyWords.REGISTERED.matcher(company).find() && m.name().startsWith(company)
          && m.name().length() - company.length() >= MIN_LABEL_AFTER_COMPANY) {
        String built = m.name().substring(company.length());
        a.preferLabel(built);
        a.preferName(doc.name(), built);
      }
    }

    private Accumulator seen(String key, EntityType type, String form) {
      Accumulator a = entities.computeIfAbsent(key, k -> new Accumulator(k, type));
      a.seen(form, doc.name());
      names.putIfAbsent(form, key);
      names.putIfAbsent(ResolvedCorpus.typed(type, form), key);
      return a;
    }

    private void attributes(Mention m, Map<String, String> docAliases) {
      String key = keyOf(m.type(), m.name());
      if (key == null || m.type() == EntityType.ZONE || m.type() == EntityType.REGION) {
        return;
      }
      Accumulator.DocumentSays says = entities.get(key).in(doc.name());
      if (m.zone() != null) {
        // the attacher names zones the document mentions; a zone known only by attachment still gets a key
        String zone = names.get(m.zone());
        says.inZone(zone != null ? zone : unmentionedZone(m.zone()).key());
      }
      if (m.type() == EntityType.PROJECT) {
        String company = m.enterprise() != null ? m.enterprise()
            : enterpriseAliases.ownerByBrand(m.name(), doc.mentions()).orElse(null);
        if (company != null) {
          // every document naming the project's company mentions it, even when an earlier one gave the link
          if (!names.containsKey(ResolvedCorpus.typed(EntityType.ENTERPRISE, company))) {
            enterprise(company, docAliases);
            // a company named only inside its project's name (某某制药超大规模制剂) lies where the project does
            entities.get(keyOf(EntityType.ENTERPRISE, company)).in(doc.name()).inZone(names.get(m.zone()));
          }
          if (says.enterprise == null) {
            says.enterprise = keyOf(EntityType.ENTERPRISE, company);
          }
        }
        // the stage stated first is the one the text reports; later clauses look back or ahead
        if (m.status() != null && says.status == null) {
          says.status = m.status();
        }
      }
    }

    /** The key of a name mentioned as {@code type}, else of the name whatever it was mentioned as. */
    private String keyOf(EntityType type, String name) {
      return names.getOrDefault(ResolvedCorpus.typed(type, name), names.get(name));
    }

    private void subject(String name, EntityType type, Map<String, String> docAliases) {
      if (names.containsKey(name)) {
        return;
      }
      switch (type) {
        case REGION -> ResolvedCorpus.relativeParts(name).ifPresentOrElse(
            // 全省规上工业增加值增长4.9% in a zone's report: the zone's province, or the zone when it has no place
            parts -> regionAbove(EntityType.ZONE, parts[0], parts[1])
                .or(() -> Optional.ofNullable(keyOf(EntityType.ZONE, parts[0])))
                .ifPresent(key -> names.put(name, key)),
            () -> region(name));
        case ZONE -> unmentionedZone(name);
        case ENTERPRISE -> enterprise(name, docAliases);
        case PROJECT -> seen(projectKey(projectTails.getOrDefault(name, name)), EntityType.PROJECT, name);
        case PLATFORM -> seen("platform/" + name, EntityType.PLATFORM, name);
      }
    }
  }

  /** 某某项目 and 某某 are one project. */
  static String projectKey(String name) {
    String core = name.endsWith("项目") && name.length() >= 6 ? name.substring(0, name.length() - 2) : name;
    return "project/" + core;
  }
}
