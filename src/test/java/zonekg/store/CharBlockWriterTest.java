package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharBlockWriterTest {
  @Test
  void writesWhatItIsGivenAsUtf8InTheOrderGivenAcrossBlocks() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    try (CharBlockWriter out = new CharBlockWriter(bytes)) {
      // a high surrogate as the last character of a block, its low surrogate opening the next
      for (int i = 0; i < 8191; i++) {
        char c = (char) ('甲' + i % 50);
        out.write(c);
        expected.append(c);
      }
      "𠮷".chars().forEach(c -> write(out, c));
      out.write("高新区 2024年", 0, 3);
      out.write(new char[] {'，', 'x', '%'}, 1, 2);
      out.write('\n');
      out.flush();
      out.write("末");
      expected.append("𠮷高新区x%\n末");
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void stringsAndArraysShorterAndLongerThanABlockKeepTheirOrder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    try (CharBlockWriter out = new CharBlockWriter(bytes)) {
      for (String piece : new String[] {"园".repeat(8000), "区".repeat(500), "增".repeat(10_000), "长", "率"}) {
        out.write(piece, 0, piece.length());
        out.write(piece.toCharArray(), 0, piece.length());
        expected.append(piece).append(piece);
      }
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  private static void write(CharBlockWriter out, int c) {
    try {
      out.write(c);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
