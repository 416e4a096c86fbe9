package zonekg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryWordsTest {
  @ParameterizedTest
  @ValueSource(strings = {"氢能装备", "工业机器人", "生物医药原料药", "高端面料", "航空复合材料", "无人机培训基地", "新能源汽车零部件"})
  void kindsOfThingAreSpeltOutOfIndustryWords(String phrase) {
    assertThat(IndustryWords.spellsOut(phrase)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"蓝鲸储能", "天合新材", "比亚迪", "华岳机器人产业园", "汽车零部件产业园二期", ""})
  void aBrandOrAnyOtherWordNamesOneThing(String phrase) {
    assertThat(IndustryWords.spellsOut(phrase)).isFalse();
  }
}
