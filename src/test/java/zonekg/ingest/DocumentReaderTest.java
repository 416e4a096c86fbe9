package zonekg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.doc.ConfigException;
import zonekg.doc.InputException;
import zonekg.doc.SourceDoc;

class DocumentReaderTest {
  private static final String TEXT = "武汉东湖高新区规模以上工业增加值增长12.5%。";
  private final DocumentReader reader = DocumentReader.create().build();

  @TempDir Path dir;

  @Test
  void listsTxtFilesSortedByNameNotRecursively() throws IOException {
    write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    write("c.md", TEXT.getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.txt"), TEXT);

    assertThat(reader.list(dir)).containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
  }

  @Test
  void refusesMissingFolder() {
    Path missing = dir.resolve("seeds-x");
    assertThatThrownBy(() -> reader.list(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": no such folder");
  }

  @Test
  void refusesFileAsFolder() throws IOException {
    Path file = write("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.list(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": not a folder");
  }

  @Test
  void refusesFolderWithoutTxt() throws IOException {
    write("notes.md", TEXT.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.list(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir + ": no *.txt files");
  }

  @Test
  void readsUtf8WithNameAndDigest() throws IOException {
    Path file = write("000_a.txt", "abc".getBytes(StandardCharsets.UTF_8));
    SourceDoc doc = reader.read(file);
    assertThat(doc.name()).isEqualTo("000_a.txt");
    assertThat(doc.path()).isEqualTo(file);
    assertThat(doc.text()).isEqualTo("abc");
    assertThat(doc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void stripsUtf8ByteOrderMark() throws IOException {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(reader.read(write("a.txt", bytes)).text()).isEqualTo(TEXT);
  }

  @Test
  void readsUtf16WithByteOrderMarks() throws IOException {
    // Java's UTF_16 encoder writes a big-endian BOM
    assertThat(reader.read(write("be.txt", TEXT.getBytes(StandardCharsets.UTF_16))).text()).isEqualTo(TEXT);
    byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertThat(reader.read(write("le.txt", withBom)).text()).isEqualTo(TEXT);
  }

  @Test
  void fallsBackToGb18030() throws IOException {
    byte[] gb = TEXT.getBytes(TextDecoder.GB18030);
    assertThat(reader.read(write("gb.txt", gb)).text()).isEqualTo(TEXT);
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorGb18030() throws IOException {
    // 0x80 alone and 0xFF are malformed in both encodings
    Path file = write("bad.txt", new byte[] {'a', (byte) 0x80, 'b', (byte) 0xFF});
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": neither UTF-8 nor GB18030; skipped");
  }

  @Test
  void refusesLatin1ThatGb18030WouldTurnIntoRareCharacters() throws IOException {
    Path file = write("latin1.txt", "Zone économique spéciale".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": neither UTF-8 nor GB18030 (as GB18030, 2 of its 2 non-ASCII characters would be"
            + " outside GB2312); skipped");
  }

  @Test
  void refusesChineseUtf16WithoutAByteOrderMark() throws IOException {
    // 业 is 4E 1A and 外 is 59 16: control bytes
    Path controls = write("a.txt", "苏州工业园区实际使用外资增长较快".getBytes(StandardCharsets.UTF_16BE));
    // none of these characters has a byte below 0x20, so only the rare-character check can tell
    Path plain = write("b.txt", "苏州园区实际使用资增长较快".getBytes(StandardCharsets.UTF_16BE));
    assertThatThrownBy(() -> reader.read(controls))
        .hasMessage(controls + ": binary content (2 control bytes in 32); skipped");
    assertThatThrownBy(() -> reader.read(plain))
        .hasMessageStartingWith(plain + ": neither UTF-8 nor GB18030");
  }

  @Test
  void namesUtf16WithoutAByteOrderMarkWhenItsAsciiGivesItAway() throws IOException {
    Path file = write("le.txt", "Chengdu Hi-tech Zone 成都高新区".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> reader.read(file)).hasMessage(file
        + ": UTF-16 without a byte-order mark (NUL at byte 1); save it as UTF-8 or with a BOM; skipped");
  }

  @Test
  void acceptsGb18030WithAFewRareCharacters() throws IOException {
    String text = "䶮堃珺科技有限公司落户成都高新区，总投资约５亿元。";
    assertThat(reader.read(write("gb.txt", text.getBytes(TextDecoder.GB18030))).text()).isEqualTo(text);
  }

  @Test
  void refusesNulBytes() throws IOException {
    byte[] bytes = new byte[2048];
    Arrays.fill(bytes, (byte) 'x');
    bytes[1024] = 0;
    Path file = write("image.txt", bytes);
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": binary content (NUL at byte 1024); skipped");
  }

  @Test
  void refusesManyControlCharacters() throws IOException {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'x');
    for (int i = 0; i < 10; i++) {
      bytes[i * 10] = 0x01;
    }
    Path file = write("ctl.txt", bytes);
    assertThatThrownBy(() -> reader.read(file))
        .hasMessage(file + ": binary content (10 control bytes in 100); skipped");
  }

  @Test
  void refusesEmptyAndWhitespaceOnlyFiles() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\u3000\r\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": empty; skipped");
    assertThatThrownBy(() -> reader.read(blank)).hasMessage(blank + ": only white space; skipped");
  }

  @Test
  void refusesFolderNamedTxt() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a.txt"));
    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOf(InputException.class)
        .hasMessage(folder + ": is a folder; skipped");
  }

  @Test
  void refusesMissingFile() {
    Path missing = dir.resolve("gone.txt");
    assertThatThrownBy(() -> reader.read(missing)).hasMessage(missing + ": no such file; skipped");
  }

  @Test
  void refusesFilesOverTheLimit() throws IOException {
    Path file = write("big.txt", new byte[2049]);
    DocumentReader small = DocumentReader.create().maxFileBytes(2048).build();
    assertThatThrownBy(() -> small.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": larger than 2 KiB (--max-file-size raises the limit); skipped");
  }

  @Test
  void describesTheDefaultLimitInMebibytes() {
    assertThat(DocumentReader.describe(DocumentReader.DEFAULT_MAX_FILE_BYTES)).isEqualTo("64 MiB");
    assertThat(DocumentReader.describe(1000)).isEqualTo("1000 bytes");
  }

  @Test
  void builderRejectsNonPositiveLimit() {
    assertThatThrownBy(() -> DocumentReader.create().maxFileBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max file size must be positive, got 0 bytes");
  }

  @Test
  void builderRejectsALimitNoDocumentCouldReach() {
    assertThatThrownBy(() -> DocumentReader.create().maxFileBytes(4L << 30).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max file size must be at most 1 GiB, got 4 GiB");
  }

  @Test
  void refusesAFileThatIsNotARegularFile() throws IOException {
    Path device = dir.resolve("zeros.txt");
    Files.createSymbolicLink(device, Path.of("/dev/zero"));
    assertThatThrownBy(() -> reader.read(device))
        .isInstanceOf(InputException.class)
        .hasMessage(device + ": not a regular file; skipped");
  }

  @Test
  void refusesABrokenLink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    assertThatThrownBy(() -> reader.read(link)).hasMessage(link + ": no such file; skipped");
  }

  @Test
  void anEmptyFileAfterItsByteOrderMarkIsEmpty() throws IOException {
    Path bom = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThatThrownBy(() -> reader.read(bom)).hasMessage(bom + ": empty; skipped");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
