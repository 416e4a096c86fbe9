package zonekg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code zonekg} command: builds, serves, queries and exports the development-zone knowledge graph. */
@Command(
    name = "zonekg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Knowledge graph of China's development zones, built from Chinese news text.",
    subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class})
public final class Main implements Runnable {
  /** Exit status of a build that had to skip some input files. */
  public static final int EXIT_SKIPPED = 3;

  static {
    Logging.quiet();
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Log debug messages and print stack traces of failures.")
  void verbose(boolean on) {
    if (on) {
      Logging.verbose();
    }
  }

  public static void main(String[] args) {
    Launcher.followLauncher();
    System.exit(commandLine().execute(args));
  }

  /** The command line with UTF-8 output (Java 17 would otherwise use the locale's, often ASCII) and our failure handler. */
  static CommandLine commandLine() {
    FailureHandler failures = new FailureHandler();
    return new CommandLine(new Main())
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
        .setExecutionStrategy(failures)
        .setExecutionExceptionHandler(failures);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand (build, serve, query or export)");
  }
}
