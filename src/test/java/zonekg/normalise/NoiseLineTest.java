package zonekg.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseLineTest {
  @Test
  void recognisesCaptionsAndBylines() {
    assertThat(NoiseLine.of("图片来源：成都高新区")).contains(NoiseLine.PICTURE_SOURCE);
    assertThat(NoiseLine.of("图片来源:成都高新区")).contains(NoiseLine.PICTURE_SOURCE);
    assertThat(NoiseLine.of("（图片由成都高新区管委会提供）")).contains(NoiseLine.PICTURE_PROVIDER);
    assertThat(NoiseLine.of("成都高新区供图")).contains(NoiseLine.PICTURE_CREDIT);
    assertThat(NoiseLine.of("记者 王五 摄")).contains(NoiseLine.PHOTOGRAPHER);
    assertThat(NoiseLine.of("▶ 张三")).contains(NoiseLine.ARROW_BYLINE);
    assertThat(NoiseLine.of("▶▶ 张三 李四")).contains(NoiseLine.ARROW_BYLINE);
    assertThat(NoiseLine.of("▶园区企业展示新产品。")).contains(NoiseLine.ARROW_CAPTION);
    assertThat(NoiseLine.of("记者 张三")).contains(NoiseLine.REPORTER);
    assertThat(NoiseLine.of("本报驻兰州记者 张三")).contains(NoiseLine.REPORTER);
    assertThat(NoiseLine.of("本报记者 张三 通讯员 李四")).contains(NoiseLine.REPORTER);
    assertThat(NoiseLine.of("本报特约通讯员 王五 摄")).contains(NoiseLine.PHOTOGRAPHER);
    assertThat(NoiseLine.of("编辑:张三 美编:李四")).contains(NoiseLine.EDITORS);
  }

  @Test
  void recognisesMastheadsAndPageHeaders() {
    assertThat(NoiseLine.of("江淮经济报  2024年10月29日  星期二")).contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("园区周刊  第 46 期  2024 年 11 月 12 日")).contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("开发区动态（2024年第11期）")).contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("某某新闻网 发布时间：2024-11-08 09:12  来源：某某日报")).contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("【园区视窗】 2024年11月4日 来源：中部园区网")).contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("园区经济网  2024-10-25  综合报道")).contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("本版编辑：王五")).contains(NoiseLine.MASTHEAD);
    // a web page's header of several fields set apart by wide gaps
    assertThat(NoiseLine.of("发布时间：2024-11-08 09:12    来源：某某区投资促进局    作者：某某    浏览次数：1024    【字体：大 中 小】"))
        .contains(NoiseLine.MASTHEAD);
    assertThat(NoiseLine.of("园区经济  A5")).contains(NoiseLine.PAGE_HEADER);
    assertThat(NoiseLine.of("湾区·园区  07")).contains(NoiseLine.PAGE_HEADER);
    assertThat(NoiseLine.MASTHEAD.endsArticle()).isFalse();
  }

  @Test
  void recognisesBreadcrumbs() {
    assertThat(NoiseLine.of("首页 > 产业 > 新能源")).contains(NoiseLine.BREADCRUMB);
    assertThat(NoiseLine.of("港区政务 ＞ 政务公开 ＞ 规划计划")).contains(NoiseLine.BREADCRUMB);
    assertThat(NoiseLine.of("首页 » 新闻中心 » 园区动态    搜索 | 登录")).contains(NoiseLine.BREADCRUMB);
    assertThat(NoiseLine.of("营收>10亿元的企业增加到12家，>5亿元的有20家")).isEmpty();
    assertThat(NoiseLine.BREADCRUMB.endsArticle()).isFalse();
  }

  @Test
  void leavesDatesAndNumbersInBodyTextAlone() {
    assertThat(NoiseLine.of("该中心于2024年3月15日正式揭牌运")).isEmpty();
    assertThat(NoiseLine.of("今年1-9月，全区实现营业收入")).isEmpty();
    assertThat(NoiseLine.of("其中第3期项目于2024-05-01开工，")).isEmpty();
    assertThat(NoiseLine.of("规上工业企业 12")).isEmpty();
  }

  @Test
  void onlyBylinesEndArticles() {
    assertThat(NoiseLine.ARROW_BYLINE.endsArticle()).isTrue();
    assertThat(NoiseLine.ARROW_CAPTION.endsArticle()).isFalse();
    assertThat(NoiseLine.PICTURE_SOURCE.endsArticle()).isFalse();
  }

  @Test
  void leavesBodyTextAlone() {
    assertThat(NoiseLine.of("本报讯 近日，成都高新区发布新政。")).isEmpty();
    assertThat(NoiseLine.of("图片展示了园区风貌")).isEmpty();
    assertThat(NoiseLine.of("稳中求进 再上台阶")).isEmpty();
  }

  @Test
  void findsAuthorsAfterTheLastSentence() {
    assertThat(NoiseLine.trailingAuthors("推动园区高质量发展。 张三")).isEqualTo(10);
    assertThat(NoiseLine.trailingAuthors("推动园区高质量发展。” 张三 李四")).isEqualTo(11);
    assertThat(NoiseLine.trailingAuthors("推动园区高质量发展。")).isEqualTo(-1);
    assertThat(NoiseLine.trailingAuthors("张三 李四")).as("no sentence before").isEqualTo(-1);
    assertThat(NoiseLine.trailingAuthors("发展。 张三。 李四 王五")).as("after the last sentence only").isEqualTo(7);
    assertThat(NoiseLine.trailingAuthors("发展。张三 李四")).as("names set apart by a space").isEqualTo(-1);
    assertThat(NoiseLine.trailingAuthors("发展。 张三 李四五六")).as("a name of four").isEqualTo(-1);
    assertThat(NoiseLine.trailingAuthors("发展。 𠀀三 李四")).as("a name beyond the BMP").isEqualTo(3);
    assertThat(NoiseLine.isAuthors("张三丰 李四")).isTrue();
    assertThat(NoiseLine.isAuthors("稳中求进 再上台阶")).isFalse();
  }
}
