package zonekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Failures of every kind end in one line on stderr and exit status 1. */
class FailureHandlerTest {
  @Command(name = "exhaust")
  static final class Exhausting implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anErrorIsOneLineNotAStackTrace() {
    StringWriter err = new StringWriter();
    FailureHandler failures = new FailureHandler();
    CommandLine cmd = new CommandLine(new Exhausting()).setErr(new PrintWriter(err))
        .setExecutionStrategy(failures).setExecutionExceptionHandler(failures);

    int status = cmd.execute();

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("zonekg: out of memory (").endsWith("or build into a store with --tdb");
  }
}
