package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MiB file beside a small one, built by the packaged jar in a JVM with a small heap: the huge file is refused
 * by its size without being read, or, when the limit is raised past the heap, skipped when memory runs out;
 * never an OutOfMemoryError, and the small file is built either way.
 */
class HugeFileIT {
  private static final Path JAR = Path.of("target/zonekg.jar");
  private static final long HUGE_BYTES = 200L << 20;

  @TempDir
  Path temp;

  private Path input;

  @BeforeEach
  void writeFiles() throws IOException {
    input = Files.createDirectory(temp.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "成都高新区实现地区生产总值1520.6亿元，同比增长8.5%。\n");
    BadInputIT.sparse(input.resolve("huge.txt"), HUGE_BYTES);
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    // 128 MiB of heap cannot hold the 200 MiB: the size alone must refuse the file, before any read.
    Result run = java("-Xmx128m", "build", "--input", input.toString(), "--out", temp.resolve("out").toString());

    assertThat(run.exit()).as(String.join("\n", run.err())).isEqualTo(Main.EXIT_SKIPPED);
    assertThat(run.err()).containsExactly("zonekg: " + input.resolve("huge.txt")
        + ": larger than 64 MiB (--max-file-size raises the limit); skipped");
    assertThat(run.out()).singleElement().asString().startsWith("zonekg: read 1 documents, skipped 1, wrote ");
  }

  @Test
  void aRaisedLimitStillNeverEndsInOutOfMemoryError() throws Exception {
    Result run = java("-Xmx128m", "build", "--input", input.toString(), "--out", temp.resolve("out").toString(),
        "--max-file-size", "1G");

    assertThat(run.exit()).as(String.join("\n", run.err())).isEqualTo(Main.EXIT_SKIPPED);
    assertThat(run.err()).containsExactly("zonekg: " + input.resolve("huge.txt")
        + ": too large for the memory given to Java (128 MiB); give more with java -Xmx, e.g. -Xmx4g; skipped");
    assertThat(run.out()).singleElement().asString().startsWith("zonekg: read 1 documents, skipped 1, wrote ");
  }

  private record Result(int exit, List<String> out, List<String> err) {}

  private Result java(String heap, String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the packaged jar (mvn package)").exists();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = temp.resolve("stdout");
    Path err = temp.resolve("stderr");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = process.waitFor();
    return new Result(exit, Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
  }
}
