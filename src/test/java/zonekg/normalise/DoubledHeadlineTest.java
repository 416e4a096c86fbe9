package zonekg.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoubledHeadlineTest {
  private static Optional<String> undouble(String line) {
    MappedText text = new MappedText();
    for (int i = 0; i < line.length(); i++) {
      text.append(line.charAt(i), 100 + i);
    }
    return DoubledHeadline.undouble(text).map(MappedText::toString);
  }

  @Test
  void keepsOneCopyOfEachDoubledRun() {
    assertThat(undouble("成都高新区成都高新区““双创双创””周周")).contains("成都高新区“双创”周");
    assertThat(undouble("签约项目签约项目1212..55亿元亿元")).contains("签约项目12.5亿元");
    assertThat(undouble("进出口增长进出口增长3030..22%%")).contains("进出口增长30.2%");
  }

  @Test
  void keepsOneCopyOfASegmentPrintedTwiceAsAWhole() {
    assertThat(undouble("排名公布排名公布  临江高新区前移9位临江高新区前移9位")).contains("排名公布  临江高新区前移9位");
  }

  @Test
  void cutsARunIntoSeveralDoubledPieces() {
    // one Han run, two pieces doubled one after the other
    assertThat(undouble("苏州工业苏州工业园区园区")).contains("苏州工业园区");
    assertThat(undouble("临江高新区临江高新区上半年营收增长上半年营收增长9.6%9.6%")).contains("临江高新区上半年营收增长9.6%");
  }

  @Test
  void keepsOneOfEachDoubledCharacter() {
    assertThat(undouble("临临江江高高新新区区上上半半年年营营收收增增长长1111..88%%")).contains("临江高新区上半年营收增长11.8%");
    assertThat(undouble("签签约约项项目目")).contains("签约项目");
    // too short to tell from ordinary reduplication
    assertThat(undouble("天天")).isEmpty();
    assertThat(undouble("人人 天天")).isEmpty();
  }

  @Test
  void leavesOrdinaryLinesAlone() {
    assertThat(undouble("研究研究")).isEmpty();
    assertThat(undouble("苏州工业园区推出新政")).isEmpty();
    assertThat(undouble("苏州工业园区苏州工业园区推出新政")).isEmpty();
    assertThat(undouble("55")).isEmpty();
  }

  @Test
  void keptCharactersKeepTheirSourceOffsets() {
    MappedText text = new MappedText();
    String line = "高新区高新区：：";
    for (int i = 0; i < line.length(); i++) {
      text.append(line.charAt(i), i);
    }
    MappedText once = DoubledHeadline.undouble(text).orElseThrow();
    assertThat(once.toString()).isEqualTo("高新区：");
    assertThat(new int[] {once.sourceOf(0), once.sourceOf(1), once.sourceOf(2), once.sourceOf(3)})
        .containsExactly(0, 1, 2, 6);
  }
}
