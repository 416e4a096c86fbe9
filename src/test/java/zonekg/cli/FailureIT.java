package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.store.StreamingExport;

/** Runs that cannot start or cannot finish: one line on stderr, a non-zero exit, and earlier outputs untouched. */
class FailureIT {
  private static final String NL = System.lineSeparator();
  private static final String TEXT = "成都高新区实现地区生产总值1520.6亿元，同比增长8.5%。\n";
  private static final String OTHER_TEXT = "苏州工业园区实际使用外资12.3亿美元，同比增长6.8%。\n";

  @TempDir
  Path temp;

  private Path good;
  private Path out;

  @BeforeEach
  void writeAGoodFolder() throws IOException {
    good = Files.createDirectory(temp.resolve("good"));
    Files.writeString(good.resolve("a.txt"), TEXT);
    out = temp.resolve("out");
  }

  @Test
  void aFolderWithoutTxtFilesIsOneLine() throws IOException {
    Path empty = Files.createDirectory(temp.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), TEXT);

    CommandRun run = CommandRun.of("build", "--input", empty.toString(), "--out", out.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("zonekg: " + empty + ": no *.txt files" + NL);
    assertThat(out.resolve(StreamingExport.TURTLE_FILE)).doesNotExist();
  }

  @Test
  void aFolderOfOnlyBadFilesBuildsNothingAndSaysWhyForEach() throws IOException {
    Path bad = Files.createDirectory(temp.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.createDirectory(bad.resolve("folder.txt"));

    CommandRun run = CommandRun.of("build", "--input", bad.toString(), "--out", out.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("zonekg: " + bad.resolve("empty.txt") + ": empty; skipped" + NL
        + "zonekg: " + bad.resolve("folder.txt") + ": is a folder; skipped" + NL
        + "zonekg: " + bad + ": none of its 2 *.txt files could be read; nothing built" + NL);
    assertThat(out.resolve(StreamingExport.TURTLE_FILE)).doesNotExist();
  }

  @Test
  void anOutThatIsAFileFailsBeforeTheBuild() throws IOException {
    Path file = Files.writeString(temp.resolve("out.ttl"), "old");

    CommandRun run = CommandRun.of("build", "--input", good.toString(), "--out", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("zonekg: " + file + ": not a folder; cannot write there" + NL);
    assertThat(file).hasContent("old");
  }

  @Test
  void aReadOnlyOutIsOneLine() throws IOException {
    Path locked = Files.createDirectory(temp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeThat(Files.isWritable(locked)).as("permissions do not bind root").isFalse();

    CommandRun run = CommandRun.of("build", "--input", good.toString(), "--out", locked.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("zonekg: " + locked + ": cannot write there (permission denied)" + NL);
  }

  @Test
  void anUnreadableFileIsSkippedWithItsReason() throws IOException {
    Path secret = Files.writeString(good.resolve("secret.txt"), OTHER_TEXT);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(secret)).as("permissions do not bind root").isFalse();

    CommandRun run = CommandRun.of("build", "--input", good.toString(), "--out", out.toString());

    assertThat(run.exit()).isEqualTo(Main.EXIT_SKIPPED);
    assertThat(run.err()).isEqualTo("zonekg: " + secret + ": permission denied; skipped" + NL);
  }

  @Test
  void aFailedSecondBuildLeavesThePreviousOutputs() throws IOException {
    assertThat(CommandRun.of("build", "--input", good.toString(), "--out", out.toString()).exit()).isZero();
    byte[] turtle = Files.readAllBytes(out.resolve(StreamingExport.TURTLE_FILE));
    // A folder where the TriG file goes: the second build can write its Turtle but not its TriG.
    Files.delete(out.resolve(StreamingExport.TRIG_FILE));
    Files.createDirectories(out.resolve(StreamingExport.TRIG_FILE).resolve("keep"));
    Path other = Files.createDirectory(temp.resolve("other"));
    Files.writeString(other.resolve("b.txt"), OTHER_TEXT);

    CommandRun run = CommandRun.of("build", "--input", other.toString(), "--out", out.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(
        "zonekg: " + out.resolve(StreamingExport.TRIG_FILE) + ": cannot write (a folder is in the way)" + NL);
    assertThat(Files.readAllBytes(out.resolve(StreamingExport.TURTLE_FILE))).isEqualTo(turtle);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactlyInAnyOrder(out.resolve(StreamingExport.TURTLE_FILE),
          out.resolve(StreamingExport.TRIG_FILE));
    }
  }

  @Test
  void aFailedSecondBuildLeavesThePreviousTdbStore() throws IOException {
    Path tdb = temp.resolve("tdb");
    Path count = Files.writeString(temp.resolve("count.rq"),
        "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"成都高新区\"@zh }");
    assertThat(CommandRun.of("build", "--input", good.toString(), "--out", out.toString(), "--tdb", tdb.toString())
        .exit()).isZero();
    Path bad = Files.createDirectory(temp.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);

    CommandRun failed = CommandRun.of("build", "--input", bad.toString(), "--out", out.toString(),
        "--tdb", tdb.toString());
    CommandRun query = CommandRun.of("query", count.toString(), "--tdb", tdb.toString(), "--format", "csv");

    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.err()).endsWith(": its only *.txt file could not be read; nothing built" + NL);
    assertThat(query.out()).isEqualTo("n\r\n1\r\n");
  }

  @Test
  void maxFileSizeSkipsLargerFilesOnBuildAndQuery() throws IOException {
    Files.writeString(good.resolve("b.txt"), OTHER_TEXT.repeat(10));
    Path query = Files.writeString(temp.resolve("docs.rq"),
        "SELECT ?name { ?d <https://w3id.org/zonekg/ontology#fileName> ?name } ORDER BY ?name");
    String refused = "zonekg: " + good.resolve("b.txt") + ": larger than 512 bytes (--max-file-size raises the limit)"
        + "; skipped" + NL;

    CommandRun build = CommandRun.of("build", "--input", good.toString(), "--out", out.toString(),
        "--max-file-size", "512");
    CommandRun listed = CommandRun.of("query", query.toString(), "--input", good.toString(), "--format", "csv",
        "--max-file-size", "512B");

    assertThat(build.exit()).isEqualTo(Main.EXIT_SKIPPED);
    assertThat(build.err()).isEqualTo(refused);
    assertThat(listed.err()).isEqualTo(refused);
    assertThat(listed.out()).isEqualTo("name\r\na.txt\r\n");
  }

  @Test
  void aBadMaxFileSizeIsAUsageError() {
    CommandRun word = CommandRun.of("export", "--max-file-size", "big");
    CommandRun tooBig = CommandRun.of("serve", "--max-file-size", "2G");

    assertThat(word.exit()).isEqualTo(2);
    assertThat(word.err()).startsWith("Invalid value for option '--max-file-size': "
        + "'big' is not a size (e.g. 64M, 1G or a number of bytes)" + NL);
    assertThat(tooBig.exit()).isEqualTo(2);
    assertThat(tooBig.err()).startsWith("Invalid value for option '--max-file-size': "
        + "'2G' is more than 1 GiB, the most one document may have" + NL);
  }

  @Test
  void aPortInUseIsOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CommandRun run = CommandRun.of("serve", "--data", CommandRun.fixture("zones.ttl"),
          "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).startsWith("zonekg: 127.0.0.1:" + taken.getLocalPort() + ": cannot listen (")
          .endsWith(")" + NL);
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void dataWithAnExtensionThatIsNotRdfIsOneLine() throws IOException {
    Path text = Files.writeString(temp.resolve("zones.txt"), TEXT);

    CommandRun run = CommandRun.of("serve", "--data", text.toString(), "--port", "0");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("zonekg: " + text + ": not RDF (unknown file extension)" + NL);
  }
}
