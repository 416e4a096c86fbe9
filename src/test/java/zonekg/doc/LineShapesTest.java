package zonekg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineShapesTest {
  @Test
  void findsWhereTheWordsAfterANumberBegin() {
    assertThat(LineShapes.numberEnd("一、某某12英寸功率器件制造项目")).isEqualTo(2);
    assertThat(LineShapes.numberEnd("（二）某某高新区")).isEqualTo(3);
    assertThat(LineShapes.numberEnd("3． 某某项目")).isEqualTo(3);
    assertThat(LineShapes.numberEnd("1.5%的增速")).isZero();
    assertThat(LineShapes.numberEnd("统一、规范")).isZero();
  }

  @Test
  void tellsNumberedItemsFromSections() {
    assertThat(LineShapes.isNumberedItem("1．某某项目")).isTrue();
    assertThat(LineShapes.isNumberedItem("一、总体情况")).isFalse();
    assertThat(LineShapes.isNumbered("一、总体情况")).isTrue();
    assertThat(LineShapes.isNumbered("2024年实现营业收入")).isFalse();
    assertThat(LineShapes.isNumberedSection("一、2024年工作回顾")).isTrue();
    assertThat(LineShapes.isNumberedSection("（三）某某高新区")).isTrue();
    assertThat(LineShapes.isNumberedSection("一、20家企业")).isFalse();
    assertThat(LineShapes.isNumberedSection("1．某某项目")).isFalse();
  }

  @Test
  void findsFieldsOnlyInRunsOfTwoOrMore() {
    assertThat(LineShapes.fields(List.of("建设单位：某某有限公司", "总投资：68亿元", "某某高新区：上半年进出口增长30.2%")))
        .containsExactly(true, true, false);
    assertThat(LineShapes.fields(List.of("某某高新区：上半年进出口增长30.2%", "今年以来，某某高新区…")))
        .containsExactly(false, false);
  }
}
