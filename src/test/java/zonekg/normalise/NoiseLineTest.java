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
    assertThat(NoiseLine.of("编辑:张三 美编:李四")).contains(NoiseLine.EDITORS);
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
    assertThat(NoiseLine.isAuthors("张三丰 李四")).isTrue();
    assertThat(NoiseLine.isAuthors("稳中求进 再上台阶")).isFalse();
  }
}
