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

  /** What the JVM throws at a class whose initialisation ran out of memory on another thread. */
  @Command(name = "poisoned")
  static final class Poisoned implements Callable<Integer> {
    @Override
    public Integer call() {
      NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class com.example.Dictionary");
      e.initCause(new ExceptionInInitializerError(
          "Exception java.lang.OutOfMemoryError: Java heap space [in thread \"ForkJoinPool.commonPool-worker-1\"]"));
      throw e;
    }
  }

  @Test
  void anErrorIsOneLineNotAStackTrace() {
    assertOutOfMemoryLine(new Exhausting());
  }

  @Test
  void aClassPoisonedByMemoryRunningOutElsewhereIsReportedAsOutOfMemory() {
    assertOutOfMemoryLine(new Poisoned());
  }

  private static void assertOutOfMemoryLine(Callable<Integer> command) {
    StringWriter err = new StringWriter();
    FailureHandler failures = new FailureHandler();
    CommandLine cmd = new CommandLine(command).setErr(new PrintWriter(err))
        .setExecutionStrategy(failures).setExecutionExceptionHandler(failures);

    int status = cmd.execute();

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("zonekg: out of memory (").endsWith("or build into a store with --tdb");
  }
}
