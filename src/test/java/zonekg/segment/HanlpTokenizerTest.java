package zonekg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import zonekg.doc.Token;

class HanlpTokenizerTest {
  @Test
  void tokenSpansPointAtTheirTextInDocumentCoordinates() {
    String before = "前一句。";
    String sentence = "武汉东湖高新区前三季度实现营业收入1.2万亿元，同比增长12.5%。";
    String doc = before + sentence;
    List<Token> tokens = HanlpTokenizer.tokenize(sentence, before.length());

    assertThat(tokens).isNotEmpty();
    for (Token t : tokens) {
      assertThat(t.span().of(doc)).isEqualTo(t.text());
    }
    // words follow each other without gaps or overlaps across the whole sentence
    assertThat(tokens.get(0).span().begin()).isEqualTo(before.length());
    assertThat(tokens.get(tokens.size() - 1).span().end()).isEqualTo(doc.length());
    for (int i = 1; i < tokens.size(); i++) {
      assertThat(tokens.get(i).span().begin()).isEqualTo(tokens.get(i - 1).span().end());
    }
  }

  @Test
  void keepsWordsOfTheFieldWhole() {
    List<Token> tokens = HanlpTokenizer.tokenize("签约智能算力中心项目和信创产业园。", 0);
    assertThat(tokens).filteredOn(t -> t.text().equals("算力") || t.text().equals("信创")).extracting(Token::pos)
        .containsExactly("n", "n");
  }

  @Test
  void tagsNumbersAndPlaces() {
    List<Token> tokens = HanlpTokenizer.tokenize("成都市新增企业2300家。", 0);
    assertThat(tokens).extracting(Token::text).contains("成都市", "2300", "家");
    assertThat(tokens).filteredOn(t -> t.text().equals("成都市")).extracting(Token::pos).containsExactly("ns");
    assertThat(tokens).filteredOn(t -> t.text().equals("2300")).extracting(Token::pos).containsExactly("m");
  }

  @Test
  void staysQuiet() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(sink);
      System.setErr(sink);
      HanlpTokenizer.tokenize("合肥高新区签约项目12个，协议投资85.6亿元。", 0);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
