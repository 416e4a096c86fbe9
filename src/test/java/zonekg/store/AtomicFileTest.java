package zonekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

  @Test
  void writeAllKeepsEveryOldFileWhenALaterOneFails() throws IOException {
    Path ttl = Files.writeString(temp.resolve("zonekg.ttl"), "old ttl");
    Path trig = Files.writeString(temp.resolve("zonekg.trig"), "old trig");
    Map<Path, AtomicFile.Content> files = new LinkedHashMap<>();
    files.put(ttl, out -> out.write("new ttl".getBytes(StandardCharsets.UTF_8)));
    files.put(trig, out -> {
      throw new IOException("disk full");
    });

    assertThatThrownBy(() -> AtomicFile.writeAll(files)).hasMessage(trig + ": cannot write (disk full)");

    assertThat(ttl).hasContent("old ttl");
    assertThat(trig).hasContent("old trig");
    try (var list = Files.list(temp)) {
      assertThat(list).containsExactlyInAnyOrder(ttl, trig);
    }
  }

  @Test
  void writeAllReplacesEveryFile() throws IOException {
    Path ttl = Files.writeString(temp.resolve("zonekg.ttl"), "old ttl");
    Path trig = temp.resolve("zonekg.trig");
    Map<Path, AtomicFile.Content> files = new LinkedHashMap<>();
    files.put(ttl, out -> out.write("new ttl".getBytes(StandardCharsets.UTF_8)));
    files.put(trig, out -> out.write("new trig".getBytes(StandardCharsets.UTF_8)));

    AtomicFile.writeAll(files);

    assertThat(ttl).hasContent("new ttl");
    assertThat(trig).hasContent("new trig");
  }

  @Test
  void checkFolderCreatesItAndLeavesItEmpty() throws IOException {
    Path dir = temp.resolve("a/out");

    AtomicFile.checkFolder(dir);

    try (var list = Files.list(dir)) {
      assertThat(list).isEmpty();
    }
  }

  @Test
  void checkFolderRefusesAFile() throws IOException {
    Path file = Files.writeString(temp.resolve("out"), "x");

    assertThatThrownBy(() -> AtomicFile.checkFolder(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": not a folder; cannot write there");
  }
}
