package zonekg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharPatternTest {
  private static List<String> found(FirstCharPattern p, String text) {
    return p.findAll(text).stream().map(m -> m.start() + ":" + m.group()).toList();
  }

  private static List<String> foundByMatcher(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  @Test
  void findsWhatTheMatcherFinds() {
    String words = "研究院|究院|实验室|孵化器";
    FirstCharPattern p = new FirstCharPattern(Pattern.compile(words), FirstCharPattern.firstCharsOf(words));
    String text = "某某研究院研究院和实验室，究院孵化器";
    assertThat(found(p, text)).isEqualTo(foundByMatcher(p.pattern(), text))
        .containsExactly("2:研究院", "5:研究院", "9:实验室", "13:究院", "15:孵化器");
  }

  @Test
  void lookbehindsSeeBeforeTheCandidate() {
    FirstCharPattern p = new FirstCharPattern(Pattern.compile("(?<![低山])谷"), "谷");
    assertThat(found(p, "低谷与光谷、山谷")).containsExactly("4:谷");
  }

  @Test
  void theTextStartIsTriedForCaretPatterns() {
    FirstCharPattern p = new FirstCharPattern(Pattern.compile("(?:^|，)(\\p{IsHan}{2,6}?以来)"), "，");
    assertThat(found(p, "建区以来产值增长，投产以来")).containsExactly("0:建区以来", "8:，投产以来");
  }

  @Test
  void groupsOfEachMatchAreKept() {
    FirstCharPattern p = new FirstCharPattern(Pattern.compile("(\\d{4})年"), "0123456789");
    List<MatchResult> years = p.findAll("12023年与2024年");
    assertThat(years).extracting(m -> m.group(1)).containsExactly("2023", "2024");
  }

  @Test
  void isFoundInWhereTheMatcherFindsAMatch() {
    FirstCharPattern p = new FirstCharPattern(Pattern.compile("(?<!累)计划(?=到|完成)|已"), "计已");
    assertThat(p.isFoundIn("今年计划完成投资")).isTrue();
    assertThat(p.isFoundIn("项目已开工")).isTrue();
    assertThat(p.isFoundIn("累计划完成")).isFalse();
    assertThat(p.isFoundIn("计划中")).isFalse();
    assertThat(p.isFoundIn("")).isFalse();
  }

  @Test
  void firstCharsOfAnAlternationOfWords() {
    assertThat(FirstCharPattern.firstCharsOf("研究院|实验室|研究所")).isEqualTo("研实研");
  }
}
