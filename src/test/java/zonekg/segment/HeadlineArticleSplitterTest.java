package zonekg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineArticleSplitterTest {
  private final HeadlineArticleSplitter splitter = new HeadlineArticleSplitter();

  private record Seen(String title, String text) {}

  private List<Seen> split(String text) {
    return splitter.split(text).stream()
        .map(c -> new Seen(c.title() == null ? null : c.title().of(text), c.span().of(text)))
        .toList();
  }

  @Test
  void startsArticlesAtNewsLeadsWithTheHeadlinesAboveAsTitle() {
    String text = String.join("\n",
        "苏州工业园区：推出“一站式”服务",
        "本报讯近日，苏州工业园区政务服务中心推出“一站式”企业服务专窗。",
        "园区相关负责人表示，将继续优化营商环境。",
        "成都高新区",
        "新增企业2.3万家",
        "本报讯（记者张三）今年以来，成都高新区新增企业2.3万家。");
    assertThat(split(text)).containsExactly(
        new Seen("苏州工业园区：推出“一站式”服务",
            "苏州工业园区：推出“一站式”服务\n本报讯近日，苏州工业园区政务服务中心推出“一站式”企业服务专窗。\n"
                + "园区相关负责人表示，将继续优化营商环境。\n"),
        new Seen("成都高新区\n新增企业2.3万家",
            "成都高新区\n新增企业2.3万家\n本报讯（记者张三）今年以来，成都高新区新增企业2.3万家。"));
  }

  @Test
  void aHeadlineAboveTheFirstArticleTitlesNoLaterOne() {
    String text = String.join("\n",
        "数读江城高新区上半年",
        "1052.6亿元——规模以上工业总产值。",
        "58家——新增高新技术企业。",
        "",
        "临港：港口吞吐量增长两成",
        "新华社江城8月20日电 今年上半年，临港经济开发区上半年完成货物吞吐量3486万吨。");
    assertThat(split(text)).extracting(Seen::title).containsExactly(null, null);
  }

  @Test
  void theRowsOfATableAreNoHeadlinesThoughTheyNameZones() {
    String text = String.join("\n",
        "本报讯 某某高新区三季度集中签约项目12个。",
        "序号\t项目名称\t落户园区",
        "1\t凌峰储能电池项目\t江城高新区",
        "2\t星河功率芯片项目\t江城综合保税区",
        "3\t云帆数字文创项目\t江城经开区",
        "4\t海川冷链物流项目\t江城综合保税区",
        "江城综合保税区冷链物流项目年内开工。");
    assertThat(split(text)).hasSize(1);
  }

  @Test
  void eachItemOfANewsDigestIsAnArticle() {
    String text = String.join("\n",
        "开发区简讯",
        "【荆门高新区】一季度，荆门高新区规上工业产值增长9.1%。",
        "【襄阳高新区】襄阳高新区新签约项目18个。",
        "【编者】");
    assertThat(split(text)).extracting(Seen::text).containsExactly(
        "开发区简讯\n【荆门高新区】一季度，荆门高新区规上工业产值增长9.1%。\n",
        "【襄阳高新区】襄阳高新区新签约项目18个。\n【编者】");
  }

  @Test
  void subheadingsStayInsideTheirArticle() {
    String text = String.join("\n",
        "武汉东湖高新区：光谷产业再升级",
        "本报讯近日，武汉东湖高新区发布光电子信息产业发展报告。",
        "产业规模持续扩大",
        "报告显示，园区光电子信息产业规模突破5000亿元。",
        "创新能力不断增强",
        "园区新增国家级创新平台12个。");
    List<Seen> articles = split(text);
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).title()).isEqualTo("武汉东湖高新区：光谷产业再升级");
  }

  @Test
  void subheadingsAfterBlankLinesStayInsideTheirArticle() {
    String text = String.join("\n",
        "江城高新区：光电产业园跑出加速度",
        "今年以来，江城高新区光电产业园新落户企业26家。",
        "",
        "【数】园区成绩单亮眼",
        "上半年，产业园实现产值318亿元。",
        "",
        "二、光电产业园人才集聚",
        "光电产业园新引进博士42名。");
    List<Seen> articles = split(text);
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).title()).isEqualTo("江城高新区：光电产业园跑出加速度");
  }

  @Test
  void aBylineOnItsOwnLineAfterABlankLineStartsAnArticle() {
    String text = String.join("\n",
        "本报讯近日，江城高新区发布新政。",
        "",
        "云岭：新材料项目拔节生长",
        "本报讯（记者张三）",
        "4月17日，云岭市项目观摩团走进云岭经开区。");
    List<Seen> articles = split(text);
    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).text()).isEqualTo("4月17日，云岭市项目观摩团走进云岭经开区。");
  }

  @Test
  void aNoticesFieldsAndTheItemTheyDescribeAreNoTitles() {
    String text = String.join("\n",
        "江城市重点项目进展通报",
        "今年全市共安排重点项目120个。",
        "",
        "1．星海微电子功率器件产线项目",
        "建设单位：江城星海微电子有限公司",
        "总投资：36亿元；年度计划投资：8亿元",
        "",
        "2．云帆重卡整车项目",
        "建设单位：江城云帆汽车有限公司",
        "总投资：25亿元");
    List<Seen> articles = split(text);
    assertThat(articles).extracting(Seen::title).containsOnly("江城市重点项目进展通报", null);
    assertThat(articles.get(articles.size() - 1).text()).startsWith("2．云帆重卡整车项目\n建设单位");
  }

  @Test
  void aHeadlineNamingAnotherZoneStartsAnArticleWithoutBlankLine() {
    String text = String.join("\n",
        "宜宾三江新区动力电池产业提速",
        "上半年，宜宾三江新区动力电池产业实现产值560亿元。",
        "新区新落地配套企业12家。",
        "泸州高新区医药产业集群加快壮大",
        "今年以来，泸州高新区医药产业完成产值约90亿元。",
        "重点项目加快建设",
        "泸州高新区新开工医药项目8个。");
    assertThat(split(text)).extracting(Seen::title).containsExactly(
        "宜宾三江新区动力电池产业提速", "泸州高新区医药产业集群加快壮大");
  }

  @Test
  void aHeadlineStartsAnArticleWhoseLeadSpellsItsZoneOut() {
    String text = String.join("\n",
        "芜湖高新区新增专精特新企业15家",
        "今年以来，芜湖高新区新增国家级专精特新“小巨人”企业15家。",
        "蚌埠经开区重大项目集中开工",
        "3月8日，蚌埠经济技术开发区举行重大项目集中开工活动，开工项目12个。",
        "中国（安徽）自由贸易试验区合肥片区外贸增长",
        "今年1-2月，合肥片区实现进出口总额326亿元。");
    assertThat(split(text)).extracting(Seen::title).containsExactly(
        "芜湖高新区新增专精特新企业15家", "蚌埠经开区重大项目集中开工", "中国（安徽）自由贸易试验区合肥片区外贸增长");
  }

  @Test
  void aHeadlineNamingItsZoneShortIsTheTitleOfALeadThatSpellsItOut() {
    String text = String.join("\n",
        "本报讯近日，芜湖高新区发布新政。",
        "宜昌开发区外贸逆势增长",
        "本报宜昌5月6日讯今年前4个月，宜昌经济技术开发区实现进出口总额86.2亿元。");
    assertThat(split(text)).extracting(Seen::title).containsExactly(null, "宜昌开发区外贸逆势增长");
  }

  @Test
  void aBlankLineStartsAnArticleEvenWithoutLead() {
    String text = "本报讯近日，成都高新区发布新政。\n新政涉及人才、资金等十条措施。\n\n"
        + "近日，西安高新区首家“个转企”企业完成登记。";
    assertThat(split(text)).extracting(Seen::text).containsExactly(
        "本报讯近日，成都高新区发布新政。\n新政涉及人才、资金等十条措施。\n\n",
        "近日，西安高新区首家“个转企”企业完成登记。");
  }

  @Test
  void aHeadlineSharingNothingWithTheLeadIsNoTitle() {
    String text = "本报讯近日，苏州工业园区发布新政。\n合肥高新区：量子产业再提速\n\n连日来，西安高新区税务局开展宪法宣传活动。";
    List<Seen> articles = split(text);
    assertThat(articles).extracting(Seen::title).containsExactly(null, null);
    assertThat(articles.get(1).text()).isEqualTo("连日来，西安高新区税务局开展宪法宣传活动。");
  }

  @Test
  void aHeadlinePrintedAfterItsArticleBecomesItsTitle() {
    String text = String.join("\n",
        "近日，合肥高新区召开量子产业推进会，发布扶持政策十条。",
        "会议明确了产业发展目标。",
        "合肥高新区量子产业推进会召开",
        "",
        "本报讯今年以来，苏州工业园区新增外资项目80个。");
    List<Seen> articles = split(text);
    assertThat(articles).extracting(Seen::title).containsExactly("合肥高新区量子产业推进会召开", null);
    assertThat(articles.get(1).text()).isEqualTo("本报讯今年以来，苏州工业园区新增外资项目80个。");
  }

  @Test
  void linksToRelatedArticlesTitleNone() {
    String text = String.join("\n",
        "近日，合肥高新区召开量子产业推进会，发布扶持政策十条。",
        "会议明确了产业发展目标。",
        "【相关新闻】合肥高新区量子产业再提速");
    assertThat(split(text)).extracting(Seen::title).containsExactly((String) null);
  }

  @Test
  void textWithoutHeadlinesIsOneArticle() {
    String text = "成都高新区新增企业2.3万家。同比增长12%。";
    assertThat(split(text)).containsExactly(new Seen(null, text));
  }

  @Test
  void measuresSharedPhrases() {
    assertThat(HeadlineArticleSplitter.longestShared("成都高新区新增企业", "今年以来，成都高新区发布新政")).isEqualTo(5);
    assertThat(HeadlineArticleSplitter.longestShared("量子产业", "人才政策")).isZero();
  }
}
