package zonekg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import zonekg.doc.MentionedDoc;
import zonekg.doc.Observation;
import zonekg.doc.SourceDoc;
import zonekg.pipeline.Pipeline;

class MainZonesTest {
  private static MentionedDoc process(String text) {
    return Pipeline.create().build().process(new SourceDoc("t.txt", Path.of("t.txt"), text, "0"));
  }

  @Test
  void aHeadlineNamingItsZoneShortMakesItTheArticlesZone() {
    MentionedDoc doc = process(String.join("\n",
        "本报讯近日，芜湖高新区发布新政，新增企业120家。",
        "宜昌开发区外贸逆势增长",
        "本报宜昌5月6日讯今年前4个月，宜昌经济技术开发区实现进出口总额86.2亿元，同比增长6.1%；其中出口额52.4亿元，增长8.9%。"
            + "与开发区联动发展的中国（湖北）自由贸易试验区宜昌片区同样表现亮眼，宜昌片区新增市场主体1250户，宜昌片区跨境电商订单增长12%。"));

    assertThat(MainZones.of(doc.doc(), doc.mentions())).containsEntry(1, "宜昌经济技术开发区");
    assertThat(doc.observations()).filteredOn(o -> o.value().toPlainString().equals("52.4"))
        .extracting(Observation::subject).containsExactly("宜昌经济技术开发区");
  }

  @Test
  void aListedZoneTheHeadlineNamesIsTheArticlesZoneThoughTheBodyCallsItShort() {
    MentionedDoc doc = process(String.join("\n",
        "平潭综合实验区2024年工作总结",
        "一、2024年工作回顾",
        "2024年是实验区发展极不平凡的一年。全年实现地区生产总值420亿元，同比增长6.2%。与福州高新区共建的产业园新增企业12家，"
            + "福州高新区还派出干部30名。"));

    assertThat(MainZones.of(doc.doc(), doc.mentions())).containsEntry(0, "平潭综合实验区");
    assertThat(doc.observations()).filteredOn(o -> o.value().toPlainString().equals("420"))
        .extracting(Observation::subject).containsExactly("平潭综合实验区");
  }

  @Test
  void theZoneAnUntitledArticlesLeadOpensWithIsItsZone() {
    MentionedDoc doc = process(String.join("\n",
        "本报讯（记者 何某 通讯员 叶某）东莞松山湖高新区持续扩大产业空间供给，累计建成标准厂房540万平方米。"
            + "佛山高新区、佛山高新区南海园和广州开发区也在推进，佛山高新区已发行一单产业园REITs。"));

    assertThat(MainZones.of(doc.doc(), doc.mentions())).containsEntry(0, "东莞松山湖高新区");
  }
}
