package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonekg.doc.ConfigException;

class AtomicFileTest {
  @TempDir
  Path temp;

  @Test
  void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = temp.resolve("a/b/zonekg.ttl");

    AtomicFile.write(target, out -> out.write("新区".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("新区");
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedWriteKeepsTheOldFile() throws IOException {
    Path target = Files.writeString(temp.resolve("zonekg.ttl"), "old");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(ConfigException.class).hasMessage(target + ": cannot write (disk full)");

    assertThat(target).hasContent("old");
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFileInTheWayOfTheFolderIsOneLine() throws IOException {
    Path blocker = Files.writeString(temp.resolve("out"), "x");
    Path target = blocker.resolve("zonekg.ttl");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(target + ": cannot write (a file is in the way of the folder)");
  }
}
