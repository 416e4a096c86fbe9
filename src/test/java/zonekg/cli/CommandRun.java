package zonekg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** One execution of the zonekg command line with stdout and stderr captured. */
record CommandRun(int exit, String out, String err) {
  static CommandRun of(String... args) {
    CommandLine command = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exit = command.execute(args);
    return new CommandRun(exit, out.toString(), err.toString());
  }

  static String fixture(String name) {
    try {
      return Path.of(CommandRun.class.getResource("/zonekg/store/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
