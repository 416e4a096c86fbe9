package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  private static final Instant PACKAGED = Instant.parse("2026-11-29T10:00:00Z");

  @TempDir
  Path temp;

  @Test
  void theSecondJvmGetsTheArchiveTheUsersOptionsAndTheArguments() {
    List<String> command = Launcher.command(Path.of("/opt/zonekg.jar"), Optional.of(Path.of("/opt/zonekg.jsa")),
        List.of("-Xmx1g", "-Dx=y"), 42, new String[] {"build", "--input", "docs"});

    assertThat(command.get(0)).endsWith("java");
    assertThat(command.subList(1, command.size())).containsSubsequence(
        "-XX:SharedArchiveFile=/opt/zonekg.jsa", "-XX:+UseParallelGC", "-Xmx1g", "-Dx=y",
        "-Dzonekg.relaunch=false", "-Dzonekg.launcher=42", "-cp", "/opt/zonekg.jar", "zonekg.cli.Main",
        "build", "--input", "docs");
    assertThat(command).endsWith("zonekg.cli.Main", "build", "--input", "docs");
  }

  @Test
  void aCollectorTheUserChoseIsKept() {
    List<String> command = Launcher.command(Path.of("/opt/zonekg.jar"), Optional.empty(), List.of("-XX:+UseG1GC"),
        42, new String[] {"build"});

    assertThat(command).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC")
        .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void aCommandGetsTheOptionsForAllAndItsOwn() {
    List<String> serve = Launcher.jvmOptions(Launcher.subcommand(new String[] {"--verbose", "serve", "--port", "0"}));
    List<String> build = Launcher.jvmOptions("build");

    assertThat(build).contains("-XX:+UseParallelGC", "-XX:MaxInlineLevel=4").allMatch(o -> o.startsWith("-XX:"));
    assertThat(serve).isNotEmpty().allMatch(o -> o.startsWith("-XX:Tier4")).doesNotContainAnyElementsOf(build);
    assertThat(Launcher.jvmOptions("query")).isEmpty();
  }

  @Test
  void theArchiveBesideTheJarIsUsedOnlyWhenMadeAfterIt() throws IOException {
    Path jar = stamped("zonekg.jar", PACKAGED);
    assertThat(Launcher.archiveOf(jar)).isEmpty();

    Path archive = stamped("zonekg.jsa", PACKAGED.plusSeconds(20));
    assertThat(Launcher.archiveOf(jar)).contains(archive);

    stamped("zonekg.jar", PACKAGED.plusSeconds(60));
    assertThat(Launcher.archiveOf(jar)).as("a jar rebuilt after its archive").isEmpty();
  }

  private Path stamped(String name, Instant time) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, name);
    Files.setLastModifiedTime(file, FileTime.from(time));
    return file;
  }
}
