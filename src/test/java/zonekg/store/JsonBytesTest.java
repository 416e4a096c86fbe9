package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBytesTest {
  @Test
  void escapesAsGsonAndEncodesAsJava() throws IOException {
    String text = "高新区 \"引号\" \\ 换行\n回车\r\t\b\f\u0001\u001f\u007f é \u2028\u2029 𠮷 ∑ <&>'=";

    assertThat(written(text)).isEqualTo(gson(text).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUnpairedSurrogateBecomesAQuestionMark() throws IOException {
    String text = "前\uD842后\uDFB7末\uD842";

    assertThat(new String(written(text), StandardCharsets.UTF_8)).isEqualTo("[\"前?后?末?\",\"\"]");
    assertThat(written(text)).isEqualTo(gson(text).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void textLongerThanTheBlockComesOutWhole() throws IOException {
    String text = "国家级经济技术开发区𠮷\"".repeat(20_000);

    assertThat(written(text)).isEqualTo(gson(text).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] written(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonBytes(out).raw("[").string(text).raw(",").string("").raw("]").flush();
    return out.toByteArray();
  }

  private static String gson(String text) throws IOException {
    StringWriter out = new StringWriter();
    new JsonWriter(out).beginArray().value(text).value("").endArray().flush();
    return out.toString();
  }
}
