package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users start it: {@code java -jar} runs the command in a second JVM with the class-data
 * archive, and the user sees one program — its output, its exit status, and a server that goes when it is stopped
 * or killed.
 */
class LauncherIT {
  private static final Path JAR = Path.of("target/zonekg.jar");
  private static final Duration STOPPING = Duration.ofSeconds(20);

  @TempDir
  Path temp;

  @Test
  void theArchiveIsPackagedBesideTheJar() {
    assertThat(Launcher.archiveOf(JAR.toAbsolutePath())).as("target/zonekg.jsa made by mvn package").isPresent();
  }

  @Test
  void outputAndExitStatusAreTheCommands() throws Exception {
    Path query = Files.writeString(temp.resolve("zones.rq"), "SELECT ?z { ?z a <http://example.org/zonekg/Zone> }");
    Path out = temp.resolve("out.json");

    Process run = java("query", query.toString(), "--data", CommandRun.fixture("zones.ttl"), "--format", "json")
        .redirectOutput(out.toFile()).start();

    assertThat(run.waitFor()).isZero();
    assertThat(JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonObject("results")
        .getAsJsonArray("bindings")).hasSize(2);
    Process wrong = java("query", "--no-such-option").redirectErrorStream(true).start();
    assertThat(wrong.waitFor()).isEqualTo(2);
  }

  @Test
  void stoppingTheLauncherStopsTheServer() throws Exception {
    servedThenEnded(Process::destroy);
  }

  @Test
  void aServerWhoseLauncherIsKilledOutrightStopsToo() throws Exception {
    servedThenEnded(Process::destroyForcibly);
  }

  private void servedThenEnded(java.util.function.Consumer<Process> end) throws Exception {
    int port = ArchiveTraining.freePort();
    Process launcher = java("serve", "--data", CommandRun.fixture("zones.ttl"), "--port", Integer.toString(port))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      ArchiveTraining.awaitOk(ArchiveTraining.local(port, "/zonekg/sparql", "query=ASK {}"), launcher::isAlive);
      List<ProcessHandle> jvms = new ArrayList<>(launcher.descendants().toList());
      jvms.add(launcher.toHandle());

      end.accept(launcher);

      for (ProcessHandle jvm : jvms) {
        jvm.onExit().get(STOPPING.toSeconds(), TimeUnit.SECONDS);
      }
      assertThat(jvms).noneMatch(ProcessHandle::isAlive);
      try (ServerSocket again = new ServerSocket(port)) {
        assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
      }
    } finally {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  private static ProcessBuilder java(String... args) {
    assertThat(JAR).as("the packaged jar (mvn package)").exists();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
