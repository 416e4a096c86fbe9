package zonekg.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaceCollapserTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "作 为 武 汉 市|作为武汉市",
      "1 300 亿元|1300亿元",
      "12 500 000 元|12500000元",
      "算力规模5 000P；|算力规模5000P；",
      "装机1 200 MW|装机1200 MW",
      "iPhone 15 128Gigabytes|iPhone 15 128Gigabytes",
      "扩容1 000PFlops|扩容1000PFlops",
      "2.3 亿元|2.3亿元",
      "16.7 %|16.7%",
      "超 过 7.5% ，成 为|超过7.5%，成为",
      "Tech Park|Tech Park",
      "Tech  Park 项目|Tech Park项目",
      "12 13 家|12 13家",
      "达 到 5 2 0 家|达到520家",
      "疫苗3 0 00万剂|疫苗3000万剂",
      "分别为12 13 00家|分别为121300家",
      "营业收入6 84 2. 5亿元|营业收入6842.5亿元",
      "2 0 2 3 年 增 长 1 2 . 3 %|2023年增长12.3%",
      "1.5 300|1.5 300",
      "进出口值5 02.7亿元|进出口值502.7亿元",
      "企业达到2 17家|企业达到217家",
      "初步核算，20 23年地区生产总值|初步核算，2023年地区生产总值",
      "（20 23年）|（2023年）",
      "486.3 18.2亿元|486.3 18.2亿元",
      "占比1 5%|占比15%",
      "有限公司  储能项目  投资12亿元|有限公司\t储能项目\t投资12亿元",
      "1  储能项目|1\t储能项目",
      "本报讯（记者  俞晓峰  通讯员  金丽）记者获悉|本报讯（记者俞晓峰通讯员金丽）记者获悉",
      "高  新  区|高新区",
      "PM2.5 超标|PM2.5超标",
      "' 苏州 '|苏州",
  })
  void collapses(String in, String out) {
    MappedText text = new MappedText();
    for (int i = 0; i < in.length(); i++) {
      text.append(in.charAt(i), i);
    }
    assertThat(SpaceCollapser.collapse(text).toString()).isEqualTo(out);
  }
}
