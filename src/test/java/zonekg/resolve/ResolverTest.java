package zonekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zonekg.doc.Attestation;
import zonekg.doc.Entity;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.doc.NormalisedDoc;
import zonekg.doc.Observation;
import zonekg.doc.OffsetMap;
import zonekg.doc.ResolvedCorpus;
import zonekg.doc.SegmentedDoc;
import zonekg.doc.SourceDoc;
import zonekg.doc.Span;
import zonekg.doc.StatKind;

class ResolverTest {
  private final Resolver resolver = Resolver.create();
  private int at;

  private Mention mention(EntityType type, String name) {
    Span span = new Span(at, at + name.length());
    at += name.length() + 1;
    return Mention.of(type, name, span, 0);
  }

  private static MentionedDoc doc(String name, List<Mention> mentions, List<Observation> observations) {
    return doc(name, "x".repeat(500), mentions, observations);
  }

  private static MentionedDoc doc(String name, String text, List<Mention> mentions) {
    return doc(name, text, mentions, List.of());
  }

  private static MentionedDoc doc(String name, String text, List<Mention> mentions, List<Observation> observations) {
    NormalisedDoc nd = new NormalisedDoc(new SourceDoc(name, Path.of(name), text, "0"), text,
        OffsetMap.identity(text.length()));
    return new MentionedDoc(new SegmentedDoc(nd, List.of()), mentions, observations);
  }

  private List<MentionedDoc> corpus() {
    at = 0;
    Mention zoneLong = mention(EntityType.ZONE, "昆明国家高新技术产业开发区");
    Mention zoneShort1 = mention(EntityType.ZONE, "昆明高新区");
    Mention zoneShort2 = mention(EntityType.ZONE, "昆明高新区");
    Mention full = mention(EntityType.ENTERPRISE, "昆明云帆智造科技有限公司").withZone("昆明高新区");
    Mention shortName = mention(EntityType.ENTERPRISE, "云帆智造").withZone("昆明高新区");
    Mention project = new Mention(EntityType.PROJECT, "云帆智造电机项目", new Span(at, at + 8), 0, "昆明高新区", "云帆智造",
        "在建");
    Observation diff = new Observation("昆明高新区", EntityType.ZONE, "营收增速", BigDecimal.ONE, "个百分点", null,
        StatKind.DIFFERENCE, null, "云南省", new Span(0, 1), 0);
    MentionedDoc a = doc("a.txt", List.of(zoneLong, zoneShort1, zoneShort2, full, shortName, project), List.of(diff));
    at = 0;
    Mention east = mention(EntityType.ZONE, "东湖高新区");
    Mention shortElsewhere = mention(EntityType.ENTERPRISE, "云帆智造").withZone("东湖高新区");
    Mention country = mention(EntityType.REGION, "全国");
    MentionedDoc b = doc("b.txt", List.of(east, shortElsewhere, country), List.of());
    return List.of(a, b);
  }

  @Test
  void theCityAndProvinceAFigureIsComparedWithAreThoseOfItsZone() {
    at = 0;
    Mention zone = mention(EntityType.ZONE, "昆明高新区");
    Mention company = mention(EntityType.ENTERPRISE, "昆明云帆智造科技有限公司").withZone("昆明高新区");
    Observation zoneCity = difference("昆明高新区", EntityType.ZONE, "全市");
    Observation zoneProvince = difference("昆明高新区", EntityType.ZONE, "全省");
    Observation companyCity = difference("昆明云帆智造科技有限公司", EntityType.ENTERPRISE, "全市");
    Observation country = difference("昆明高新区", EntityType.ZONE, "全国");
    ResolvedCorpus rc = resolver.apply(List.of(doc("r.txt", List.of(zone, company),
        List.of(zoneCity, zoneProvince, companyCity, country))));

    assertThat(rc.entity("r.txt", ResolvedCorpus.relative("昆明高新区", "全市"))).map(Entity::label).contains("昆明市");
    assertThat(rc.entity("r.txt", ResolvedCorpus.relative("昆明高新区", "全省"))).map(Entity::label).contains("云南省");
    assertThat(rc.entity("r.txt", ResolvedCorpus.relative("昆明云帆智造科技有限公司", "全市"))).map(Entity::label)
        .contains("昆明市");
    assertThat(rc.entity("r.txt", ResolvedCorpus.relative("昆明高新区", "全国"))).isEmpty();
  }

  @Test
  void 全区ComparedWithInAnAutonomousRegionIsTheRegionAndElsewhereNothing() {
    assertWholeIsTheRegionOnlyThere("桂林高新区", "全区", "广西壮族自治区");
  }

  @Test
  void 全州ComparedWithInAnAutonomousPrefectureIsThePrefectureAndElsewhereNothing() {
    assertWholeIsTheRegionOnlyThere("延吉高新区", "全州", "延边朝鲜族自治州");
  }

  /** {@code whole} compared with by a zone of {@code region} is that region; by a zone of 昆明 (no such region), nothing. */
  private void assertWholeIsTheRegionOnlyThere(String zone, String whole, String region) {
    at = 0;
    Mention there = mention(EntityType.ZONE, zone);
    Mention kunming = mention(EntityType.ZONE, "昆明高新区");
    ResolvedCorpus rc = resolver.apply(List.of(
        doc("t.txt", List.of(there), List.of(difference(zone, EntityType.ZONE, whole))),
        doc("k.txt", List.of(kunming), List.of(difference("昆明高新区", EntityType.ZONE, whole)))));

    assertThat(rc.entity("t.txt", ResolvedCorpus.relative(zone, whole))).map(Entity::label).contains(region);
    assertThat(rc.entity("k.txt", ResolvedCorpus.relative("昆明高新区", whole))).isEmpty();
  }

  @Test
  void aRegionWideFigureInAZonesReportIsOfItsProvinceOrElseOfTheZone() {
    at = 0;
    Mention kunming = mention(EntityType.ZONE, "昆明高新区");
    Mention unplaced = mention(EntityType.ZONE, "某某新区");
    String province = ResolvedCorpus.relative("昆明高新区", "全省");
    String nowhere = ResolvedCorpus.relative("某某新区", "全省");
    ResolvedCorpus rc = resolver.apply(List.of(
        doc("k.txt", List.of(kunming), List.of(regionWide(province))),
        doc("s.txt", List.of(unplaced), List.of(regionWide(nowhere)))));

    assertThat(rc.entity("k.txt", province)).map(Entity::label).contains("云南省");
    assertThat(rc.entity("s.txt", nowhere)).map(Entity::label).contains("某某新区");
  }

  @Test
  void aCityWideFigureComparedWithTheWholeProvinceIsComparedWithTheCitysProvince() {
    at = 0;
    Mention kunming = mention(EntityType.ZONE, "昆明高新区");
    String city = ResolvedCorpus.relative("昆明高新区", "全市");
    ResolvedCorpus rc = resolver.apply(List.of(doc("k.txt", List.of(kunming),
        List.of(difference(city, EntityType.REGION, "全省"), difference(city, EntityType.REGION, "全市")))));

    assertThat(rc.entity("k.txt", city)).map(Entity::label).contains("昆明市");
    assertThat(rc.entity("k.txt", ResolvedCorpus.relative(city, "全省"))).map(Entity::label).contains("云南省");
    assertThat(rc.entity("k.txt", ResolvedCorpus.relative(city, "全市"))).map(Entity::label).contains("昆明市");
  }

  private static Observation regionWide(String subject) {
    return new Observation(subject, EntityType.REGION, "规上工业增加值增速", BigDecimal.ONE, "%", null, StatKind.GROWTH,
        null, null, new Span(0, 1), 0);
  }

  @Test
  void aFigureOfAZoneWithoutKnownCityIsComparedWithNoCity() {
    at = 0;
    Mention zone = mention(EntityType.ZONE, "某某新区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("s.txt", List.of(zone),
        List.of(difference("某某新区", EntityType.ZONE, "全市")))));

    assertThat(rc.entity("s.txt", ResolvedCorpus.relative("某某新区", "全市"))).isEmpty();
  }

  @Test
  void aZoneKnownOnlyAsWhereACompanyLiesIsAZoneToo() {
    at = 0;
    Mention company = mention(EntityType.ENTERPRISE, "郑州航港智能终端有限公司").withZone("郑州航空港经济综合实验区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("a.txt", List.of(company), List.of())));

    Entity zone = rc.entity("a.txt", "郑州航空港经济综合实验区").orElseThrow();
    assertThat(zone.type()).isEqualTo(EntityType.ZONE);
    assertThat(rc.entities().get(zone.region()).label()).isEqualTo("郑州市");
  }

  @Test
  void aZoneNamedWithoutThePlaceThatOpensItsNameElsewhereIsThatZone() {
    at = 0;
    Mention full = mention(EntityType.ZONE, "芜湖三山经开区");
    Mention placeless = mention(EntityType.ZONE, "三山经开区");
    Mention kindOnly = mention(EntityType.ZONE, "芜湖高新区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("z.txt", List.of(full, placeless, kindOnly), List.of())));

    assertThat(rc.entity("z.txt", "三山经开区")).map(Entity::key).contains("zone/芜湖三山经开区");
    assertThat(rc.entity("z.txt", "芜湖高新区")).map(Entity::key).contains("zone/芜湖高新区");
  }

  @Test
  void aZoneNamedWithoutItsPlaceAndThe国际AfterItIsThatZone() {
    at = 0;
    Mention full = mention(EntityType.ZONE, "成都国际铁路港经济技术开发区");
    Mention placeless = mention(EntityType.ZONE, "铁路港经开区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("r.txt", List.of(full, placeless), List.of())));

    assertThat(rc.entity("r.txt", "铁路港经开区").map(Entity::key))
        .isEqualTo(rc.entity("r.txt", "成都国际铁路港经济技术开发区").map(Entity::key)).isPresent();
  }

  @Test
  void aFreeTradeSectionNamedFirstOnItsOwnIsTheAreaNamedInFullAndLiesInItsCity() {
    at = 0;
    Mention section = mention(EntityType.ZONE, "南沙片区");
    Mention neighbour = mention(EntityType.ZONE, "佛山高新区");
    Mention full = mention(EntityType.ZONE, "中国（广东）自由贸易试验区南沙片区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("f.txt", List.of(neighbour, section, full), List.of())));

    Entity area = rc.entity("f.txt", "南沙片区").orElseThrow();
    assertThat(rc.entity("f.txt", "中国（广东）自由贸易试验区南沙片区")).map(Entity::key).contains(area.key());
    assertThat(rc.entities().get(area.region()).label()).isEqualTo("广州市");
  }

  @Test
  void aFreeTradeSectionNamedInFullAndWithoutItsProvinceIsOneArea() {
    at = 0;
    Mention full = mention(EntityType.ZONE, "中国（广东）自由贸易试验区南沙片区");
    Mention section = mention(EntityType.ZONE, "南沙片区");
    Mention provinceless = mention(EntityType.ZONE, "自贸试验区南沙片区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("f.txt", List.of(full, section, provinceless), List.of())));

    String area = rc.entity("f.txt", "中国（广东）自由贸易试验区南沙片区").orElseThrow().key();
    assertThat(rc.entity("f.txt", "南沙片区")).map(Entity::key).contains(area);
    assertThat(rc.entity("f.txt", "自贸试验区南沙片区")).map(Entity::key).contains(area);
  }

  @Test
  void aProjectNameEndingALongerOneOfTheSameDocumentIsThatProject() {
    at = 0;
    Mention full = mention(EntityType.PROJECT, "翔宇航空发动机维修项目");
    Mention cut = mention(EntityType.PROJECT, "航空发动机维修项目");
    Mention phase = mention(EntityType.PROJECT, "翔宇航空二期项目");
    Mention shortTail = mention(EntityType.PROJECT, "二期项目");
    ResolvedCorpus rc = resolver.apply(List.of(doc("p.txt", List.of(full, cut, phase, shortTail), List.of())));

    assertThat(rc.entity("p.txt", "航空发动机维修项目")).map(Entity::key).contains("project/翔宇航空发动机维修");
    assertThat(rc.entity("p.txt", "二期项目")).map(Entity::key).contains("project/二期项目");
  }

  @Test
  void aProjectNamedWithItsCompanyShortenedIsTheProjectNamedWithTheLegalName() {
    at = 0;
    Mention full = mention(EntityType.PROJECT, "星辰能源（合肥）有限公司储能工厂项目");
    Mention shortened = mention(EntityType.PROJECT, "星辰储能工厂项目");
    Mention other = mention(EntityType.PROJECT, "星辰光伏组件项目");
    ResolvedCorpus rc = resolver.apply(List.of(doc("s.txt", List.of(full, shortened, other), List.of())));

    assertThat(rc.entity("s.txt", "星辰储能工厂项目").map(Entity::key))
        .isEqualTo(rc.entity("s.txt", "星辰能源（合肥）有限公司储能工厂项目").map(Entity::key));
    assertThat(rc.entity("s.txt", "星辰光伏组件项目").map(Entity::key))
        .isNotEqualTo(rc.entity("s.txt", "星辰能源（合肥）有限公司储能工厂项目").map(Entity::key));
  }

  @Test
  void aProjectNamedWithItsRegisteredCompanyIsCalledByWhatItBuilds() {
    at = 0;
    Mention owned = mention(EntityType.PROJECT, "星辰能源科技有限公司储能电池系统项目");
    Mention withCompany = new Mention(EntityType.PROJECT, owned.name(), owned.span(), 0, null, "星辰能源科技有限公司", "投产");
    Mention group = new Mention(EntityType.PROJECT, "星辰集团锂电池材料产业园项目", new Span(40, 54), 0, null, "星辰集团", null);
    ResolvedCorpus rc = resolver.apply(List.of(doc("r.txt", List.of(withCompany, group), List.of())));

    Entity project = rc.entity("r.txt", owned.name()).orElseThrow();
    assertThat(project.label()).isEqualTo("储能电池系统项目");
    assertThat(project.aliases()).contains("星辰能源科技有限公司储能电池系统项目");
    assertThat(rc.entity("r.txt", group.name()).map(Entity::label)).contains("星辰集团锂电池材料产业园项目");
  }

  @Test
  void whatItBuildsNamesItFromFourCharactersOn() {
    at = 0;
    Mention fiveChars = new Mention(EntityType.PROJECT, "青禾半导体材料有限公司碳化硅衬底项目", new Span(0, 18), 0, null,
        "青禾半导体材料有限公司", null);
    Mention twoChars = new Mention(EntityType.PROJECT, "远航光电股份有限公司扩建项目", new Span(20, 34), 0, null,
        "远航光电股份有限公司", null);
    ResolvedCorpus rc = resolver.apply(List.of(doc("w.txt", List.of(fiveChars, twoChars), List.of())));

    assertThat(rc.entity("w.txt", fiveChars.name()).map(Entity::label)).contains("碳化硅衬底项目");
    assertThat(rc.entity("w.txt", twoChars.name()).map(Entity::label)).contains("远航光电股份有限公司扩建项目");
  }

  private static Observation difference(String subject, EntityType type, String comparedTo) {
    return new Observation(subject, type, "营收增速", BigDecimal.ONE, "个百分点", null, StatKind.DIFFERENCE, null,
        comparedTo, new Span(0, 1), 0);
  }

  @Test
  void aShortNameBracketedRightAfterAFullNameIsThatCompanyWhateverItsLetters() {
    String text = "海口云帆航空维修工程有限公司（云帆航修）、北辰科技有限公司、星海等企业，南岭机械有限公司（以下简称“岭机”）";
    List<Mention> mentions = List.of(enterpriseIn(text, "海口云帆航空维修工程有限公司"), enterpriseIn(text, "云帆航修"),
        enterpriseIn(text, "北辰科技有限公司"), enterpriseIn(text, "星海"), enterpriseIn(text, "南岭机械有限公司"),
        enterpriseIn(text, "岭机"));
    ResolvedCorpus rc = resolver.apply(List.of(doc("b.txt", text, mentions)));

    assertThat(rc.entity("b.txt", "云帆航修")).map(Entity::key).contains("enterprise/海口云帆航空维修工程有限公司");
    assertThat(rc.entity("b.txt", "岭机")).map(Entity::key).contains("enterprise/南岭机械有限公司");
    assertThat(rc.entity("b.txt", "星海")).map(Entity::key).contains("enterprise/星海");
  }

  @Test
  void aShortNameDeclaredInBracketsNamesTheCompanyWhereverTheBracketWasReadAsTheFullName() {
    String text = "鹭岛航维部件维修有限公司（以下简称航维维修）在综保区开展业务，航维维修车间内技术人员正在检测。";
    Mention full = enterpriseIn(text, "鹭岛航维部件维修有限公司");
    int bracket = text.indexOf("航维维修");
    Mention bracketAsFull = Mention.of(EntityType.ENTERPRISE, full.name(), new Span(bracket, bracket + 4), 0);
    int later = text.lastIndexOf("航维维修");
    Mention laterUse = Mention.of(EntityType.ENTERPRISE, "航维维修", new Span(later, later + 4), 0);
    ResolvedCorpus rc = resolver.apply(List.of(doc("d.txt", text, List.of(full, bracketAsFull, laterUse))));

    assertThat(rc.entity("d.txt", "航维维修")).map(Entity::key).contains("enterprise/鹭岛航维部件维修有限公司");
  }

  private static Mention enterpriseIn(String text, String name) {
    int begin = text.indexOf(name);
    return Mention.of(EntityType.ENTERPRISE, name, new Span(begin, begin + name.length()), 0);
  }

  @Test
  void aCompanyListedAsAProjectIsBothAnEnterpriseAndAProject() {
    at = 0;
    Mention zone = mention(EntityType.ZONE, "昆明高新区");
    Mention company = mention(EntityType.ENTERPRISE, "云帆电池").withZone("昆明高新区");
    Mention asProject = new Mention(EntityType.PROJECT, "云帆电池", company.span(), 0, "昆明高新区", "云帆电池", "投产");
    ResolvedCorpus rc = resolver.apply(List.of(doc("c.txt", List.of(zone, company, asProject), List.of())));

    assertThat(rc.entity("c.txt", EntityType.ENTERPRISE, "云帆电池")).map(Entity::key).contains("enterprise/云帆电池");
    assertThat(rc.entity("c.txt", EntityType.PROJECT, "云帆电池")).map(Entity::key).contains("project/云帆电池");
    Entity project = rc.entities().get("project/云帆电池");
    assertThat(project.in("c.txt")).isEqualTo(new Attestation("云帆电池", "zone/昆明高新区", "enterprise/云帆电池", "投产"));
  }

  @Test
  void aZoneIsCalledByTheShortNameItsTextDeclaresInBrackets() {
    String text = "记者从榕城临港综合保税区（以下简称榕城港区）获悉，榕城港区完成货邮吞吐量62.4万吨。";
    Mention full = Mention.of(EntityType.ZONE, "榕城临港综合保税区", new Span(3, 12), 0);
    int later = text.lastIndexOf("榕城港区");
    Mention shortName = Mention.of(EntityType.ZONE, "榕城港区", new Span(later, later + 4), 0);
    ResolvedCorpus rc = resolver.apply(List.of(doc("z.txt", text, List.of(full, shortName))));

    assertThat(rc.entity("z.txt", "榕城港区").map(Entity::key)).isEqualTo(rc.entity("z.txt", full.name()).map(Entity::key));
  }

  @Test
  void joinsTheFormsOfOneZoneAndPlacesItInItsCityAndProvince() {
    ResolvedCorpus rc = resolver.apply(corpus());
    Entity zone = rc.entities().get("zone/昆明高新区");
    assertThat(zone.label()).isEqualTo("昆明高新区");
    assertThat(zone.aliases()).containsExactly("昆明国家高新技术产业开发区");
    assertThat(zone.region()).isEqualTo("region/530100");
    assertThat(rc.entities().get("region/530100").region()).isEqualTo("region/530000");
    assertThat(rc.entities().get("region/530000").label()).isEqualTo("云南省");
    assertThat(rc.entities().get("zone/东湖高新区").region()).isEqualTo("region/420100");
  }

  @Test
  void aShortCompanyNameIsAnAliasOfTheFullNameInTheCorpus() {
    ResolvedCorpus rc = resolver.apply(corpus());
    Entity company = rc.entities().get("enterprise/昆明云帆智造科技有限公司");
    assertThat(company.label()).isEqualTo("昆明云帆智造科技有限公司");
    assertThat(company.aliases()).containsExactly("云帆智造");
    assertThat(company.documents()).containsExactly("a.txt", "b.txt");
    assertThat(rc.entity("b.txt", "云帆智造")).contains(company);
  }

  @Test
  void eachDocumentKeepsTheZoneItGivesACompany() {
    Entity company = resolver.apply(corpus()).entities().get("enterprise/昆明云帆智造科技有限公司");

    assertThat(company.in("a.txt").zone()).isEqualTo("zone/昆明高新区");
    assertThat(company.in("b.txt").zone()).isEqualTo("zone/东湖高新区");
    assertThat(company.in("c.txt")).isEqualTo(Attestation.NONE);
  }

  @Test
  void everyDocumentNamingAProjectsCompanyMentionsTheCompany() {
    List<MentionedDoc> docs = new java.util.ArrayList<>();
    for (String name : List.of("a.txt", "b.txt")) {
      at = 0;
      Mention zone = mention(EntityType.ZONE, "昆明高新区");
      // the company is named only inside its project's name, in both documents
      Mention project = new Mention(EntityType.PROJECT, "云帆制药制剂", new Span(at, at + 6), 0, "昆明高新区", "云帆制药",
          "在建");
      docs.add(doc(name, List.of(zone, project), List.of()));
    }
    Entity company = resolver.apply(docs).entities().get("enterprise/云帆制药");

    assertThat(company.documents()).containsExactly("a.txt", "b.txt");
  }

  @Test
  void aProjectsCompanyNamedShortIsTheCompanyTheDocumentSpellsOut() {
    at = 0;
    Mention zone = mention(EntityType.ZONE, "昆明高新区");
    Mention full = mention(EntityType.ENTERPRISE, "昆明星河光电科技有限公司").withZone("昆明高新区");
    // the company appears by its short name only as the owner inside the project's name
    Mention project = new Mention(EntityType.PROJECT, "星河光电组件项目", new Span(at, at + 8), 0, "昆明高新区", "星河光电",
        "签约");
    ResolvedCorpus rc = resolver.apply(List.of(doc("d.txt", List.of(zone, full, project), List.of())));

    assertThat(rc.entities().get("project/星河光电组件").in("d.txt").enterprise())
        .isEqualTo("enterprise/昆明星河光电科技有限公司");
    assertThat(rc.entities()).doesNotContainKey("enterprise/星河光电");
  }

  @Test
  void aProjectOpeningWithTheOwnNameOfOneRegisteredCompanyIsThatCompanys() {
    at = 0;
    Mention zone = mention(EntityType.ZONE, "昆明高新区");
    Mention firm = mention(EntityType.ENTERPRISE, "昆明滇峰动力股份有限公司");
    Mention other = mention(EntityType.ENTERPRISE, "云南新能源科技有限公司");
    Mention byBrand = mention(EntityType.PROJECT, "滇峰新能源动力产业园项目");
    Mention withPlace = mention(EntityType.PROJECT, "昆明滇峰电驱二期项目");
    // 新能源 is an industry, not 云南新能源科技's own name
    Mention byIndustry = mention(EntityType.PROJECT, "新能源汽车零部件项目");
    ResolvedCorpus rc = resolver.apply(List.of(doc("h.txt", List.of(zone, firm, other, byBrand, withPlace,
        byIndustry), List.of())));

    assertThat(rc.entities().get("project/滇峰新能源动力产业园").in("h.txt").enterprise())
        .isEqualTo("enterprise/昆明滇峰动力股份有限公司");
    assertThat(rc.entities().get("project/昆明滇峰电驱二期").in("h.txt").enterprise())
        .isEqualTo("enterprise/昆明滇峰动力股份有限公司");
    assertThat(rc.entities().get("project/新能源汽车零部件").in("h.txt").enterprise()).isNull();
  }

  @Test
  void aBareDevelopmentZoneIsTheZoneOfTheSamePlaceTheDocumentNamesInFull() {
    at = 0;
    Mention bare = mention(EntityType.ZONE, "惠州开发区");
    Mention full = mention(EntityType.ZONE, "惠州经济技术开发区");
    Mention elsewhere = mention(EntityType.ZONE, "梅州开发区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("g.txt", List.of(bare, full, elsewhere), List.of())));

    assertThat(rc.entity("g.txt", "惠州开发区")).map(Entity::key).contains("zone/惠州经开区");
    assertThat(rc.entity("g.txt", "惠州经济技术开发区")).map(Entity::key).contains("zone/惠州经开区");
    assertThat(rc.entity("g.txt", "梅州开发区")).map(Entity::key).contains("zone/梅州开发区");
  }

  @Test
  void eachDocumentKeepsTheNameItWritesAnEntityUnder() {
    List<MentionedDoc> docs = new ArrayList<>(corpus());
    at = 0;
    Mention fullZone = mention(EntityType.ZONE, "昆明国家高新技术产业开发区");
    Mention company = mention(EntityType.ENTERPRISE, "云帆智造").withZone("昆明国家高新技术产业开发区");
    docs.add(doc("c.txt", List.of(fullZone, company), List.of()));
    ResolvedCorpus rc = resolver.apply(docs);
    Entity zone = rc.entities().get("zone/昆明高新区");
    Entity enterprise = rc.entities().get("enterprise/昆明云帆智造科技有限公司");

    assertThat(zone.nameIn("a.txt")).isEqualTo("昆明高新区");
    assertThat(zone.nameIn("c.txt")).isEqualTo("昆明国家高新技术产业开发区");
    assertThat(enterprise.nameIn("a.txt")).isEqualTo("昆明云帆智造科技有限公司");
    assertThat(enterprise.nameIn("c.txt")).isEqualTo("云帆智造");
    assertThat(enterprise.nameIn("z.txt")).isEqualTo(enterprise.label());
  }

  @Test
  void aBareDevelopmentZoneIsNotTheBondedZoneOfItsPlace() {
    at = 0;
    Mention bare = mention(EntityType.ZONE, "惠州开发区");
    Mention bonded = mention(EntityType.ZONE, "惠州大亚湾综合保税区");
    ResolvedCorpus rc = resolver.apply(List.of(doc("g.txt", List.of(bare, bonded), List.of())));

    assertThat(rc.entity("g.txt", "惠州开发区")).map(Entity::key).contains("zone/惠州开发区");
    assertThat(rc.entity("g.txt", "惠州大亚湾综合保税区")).map(Entity::key).isNotEqualTo(rc.entity("g.txt", "惠州开发区")
        .map(Entity::key));
  }

  @Test
  void aProjectKeepsItsEnterpriseStatusAndZone() {
    Entity project = resolver.apply(corpus()).entities().get("project/云帆智造电机");
    assertThat(project.in("a.txt"))
        .isEqualTo(new Attestation("云帆智造电机项目", "zone/昆明高新区", "enterprise/昆明云帆智造科技有限公司", "在建"));
  }

  @Test
  void keysCoverSubjectsAndComparisonRegions() {
    ResolvedCorpus rc = resolver.apply(corpus());
    assertThat(rc.keys().get("a.txt")).containsEntry("云南省", "region/530000")
        .containsEntry("昆明高新区", "zone/昆明高新区")
        .containsEntry("昆明国家高新技术产业开发区", "zone/昆明高新区");
    assertThat(rc.keys().get("b.txt")).containsEntry("全国", "region/100000");
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<MentionedDoc> docs = corpus();
    ResolvedCorpus expected = resolver.apply(docs);
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      List<MentionedDoc> shuffled = new ArrayList<>();
      for (MentionedDoc d : docs) {
        List<Mention> ms = new ArrayList<>(d.mentions());
        Collections.shuffle(ms, random);
        shuffled.add(new MentionedDoc(d.doc(), ms, d.observations()));
      }
      Collections.shuffle(shuffled, random);
      ResolvedCorpus actual = resolver.apply(shuffled);
      assertThat(actual.entities()).isEqualTo(expected.entities());
      assertThat(actual.keys()).isEqualTo(expected.keys());
    }
  }
}
