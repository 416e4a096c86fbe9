package zonekg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.ConfigException;

/**
 * The jar's entry point. {@code java -jar zonekg.jar} cannot name JVM options, and some make zonekg markedly
 * faster: the class-data archive that {@code mvn package} makes beside the jar ({@code zonekg.jsa}, see
 * {@link ArchiveTraining}: the five thousand classes of Jena, Jetty, Lucene and HanLP a run loads, parsed and
 * verified in advance; serve answers its first query in two thirds of the time) and the collector and compiler
 * settings of {@code jvm.options} (a build in 70 % of the time). So the launcher starts a second JVM with them,
 * passes on the user's own JVM options ({@code -Xmx1g}, agents, {@code -D}), lets it inherit input and output, and
 * exits with its status.
 * <p>Without an archive, or with one older than the jar, the second JVM loads classes the usual way. The command
 * runs in this JVM instead when it does not run from a packaged jar (tests, an IDE), when the user manages class
 * data themselves, or with {@code -Dzonekg.relaunch=false}, which the second JVM is given too.
 */
public final class Launcher {
  /** System property: {@code false} runs the command in the JVM that was started. */
  static final String RELAUNCH = "zonekg.relaunch";
  /** System property of the second JVM: the launcher's process id. */
  static final String LAUNCHER_PID = "zonekg.launcher";
  private static final String JVM_OPTIONS = "/zonekg/cli/jvm.options";
  /** A line of {@code jvm.options} for one command: {@code serve: -XX:...}. */
  private static final Pattern FOR_COMMAND = Pattern.compile("(\\w+):\\s+(\\S.*)");
  private static final String[] CLASS_DATA_OPTIONS = {"-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare"};

  private Launcher() {}

  public static void main(String[] args) {
    Optional<Process> second = secondJvm(args).flatMap(Launcher::start);
    if (second.isEmpty()) {
      Main.main(args);
      return;
    }
    System.exit(run(second.get()));
  }

  /** The second JVM's command line, or empty to run here. */
  private static Optional<List<String>> secondJvm(String[] args) {
    if ("false".equals(System.getProperty(RELAUNCH))) {
      return Optional.empty();
    }
    List<String> userOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (userOptions.stream().anyMatch(Launcher::isClassDataOption)) {
      return Optional.empty();
    }
    return packagedJar().map(jar -> command(jar, archiveOf(jar), userOptions, ProcessHandle.current().pid(), args));
  }

  /** The command that runs {@code args} from {@code jar}, with its archive if any and the user's options. */
  static List<String> command(Path jar, Optional<Path> archive, List<String> userOptions, long launcherPid,
      String[] args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    archive.ifPresent(file -> {
      command.add("-XX:SharedArchiveFile=" + file);
      // a JDK other than the one that made the archive refuses it with a warning on stdout, which would spoil
      // `query --format json`; the classes then simply load the usual way
      command.add("-Xlog:cds=off");
      command.add("-Xlog:cds+dynamic=off");
    });
    // the user's options come last and win, but two collectors would be refused
    boolean userCollector = userOptions.stream().anyMatch(Launcher::isCollector);
    jvmOptions(subcommand(args)).stream().filter(o -> !(userCollector && isCollector(o))).forEach(command::add);
    command.addAll(userOptions);
    command.add("-D" + RELAUNCH + "=false");
    command.add("-D" + LAUNCHER_PID + "=" + launcherPid);
    command.add("-cp");
    command.add(jar.toString());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** The options of {@code jvm.options} for {@code subcommand}: those for every command and its own. */
  static List<String> jvmOptions(String subcommand) {
    List<String> options = new ArrayList<>();
    for (String line : jvmOptionLines()) {
      Matcher forCommand = FOR_COMMAND.matcher(line);
      if (!forCommand.matches()) {
        options.add(line);
      } else if (forCommand.group(1).equals(subcommand)) {
        options.add(forCommand.group(2));
      }
    }
    return options;
  }

  private static List<String> jvmOptionLines() {
    try (InputStream in = Launcher.class.getResourceAsStream(JVM_OPTIONS)) {
      if (in == null) {
        throw new ConfigException(JVM_OPTIONS + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first argument that is not an option ({@code --verbose} may come before it), or "" for none. */
  static String subcommand(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  private static boolean isCollector(String option) {
    return option.startsWith("-XX:+Use") && option.endsWith("GC");
  }

  private static boolean isClassDataOption(String option) {
    for (String prefix : CLASS_DATA_OPTIONS) {
      if (option.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Path> packagedJar() {
    try {
      Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The archive beside {@code jar} ({@code zonekg.jsa} for {@code zonekg.jar}) when made after the jar. */
  static Optional<Path> archiveOf(Path jar) {
    String name = jar.getFileName().toString();
    Path archive = jar.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".jsa");
    try {
      // an archive of an older jar would be refused: the JVM checks the jar's size and time
      boolean current = Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
      return current ? Optional.of(archive) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The second JVM started, or empty when it cannot be (the command then runs here). */
  private static Optional<Process> start(List<String> command) {
    try {
      return Optional.of(new ProcessBuilder(command).inheritIO().start());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Waits for the second JVM's end and returns its exit status. Stopping this one (Ctrl-C, a service manager's
   * SIGTERM) stops that one first; should this one be killed outright, that one follows ({@link #followLauncher}).
   */
  private static int run(Process process) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "zonekg-launcher-stop"));
    return waitFor(process);
  }

  private static void stop(Process process) {
    process.destroy();
    waitFor(process);
  }

  private static int waitFor(Process process) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /**
   * In the second JVM: exits when the launcher is gone, so that a launcher killed with SIGKILL leaves no server
   * holding its port behind. The JDK watches the process on a thread of its own.
   */
  static void followLauncher() {
    String pid = System.getProperty(LAUNCHER_PID);
    if (pid != null) {
      ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
          launcher -> launcher.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
    }
  }
}
