package zonekg.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import zonekg.doc.ZonekgException;
import zonekg.pipeline.HeapSize;

/**
 * Turns a failed command into one line on stderr, {@code zonekg: <message>}, and exit status 1; the stack trace
 * goes to stderr only with {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler, IExecutionStrategy {
  private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
  private static final String OUT_OF_MEMORY = OutOfMemoryError.class.getName();
  /** Read before memory can run out. */
  private static final long HEAP_MIB = HeapSize.givenMiB();

  /** Runs the command; an Error (memory exhausted, a broken jar) fails in one line like any exception. */
  @Override
  public int execute(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (VirtualMachineError | LinkageError e) {
      return report(e, parsed.commandSpec().commandLine(), parsed);
    }
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    return report(e, command, parsed);
  }

  private static int report(Throwable e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println("zonekg: " + message(e));
    if (verbose(parsed)) {
      e.printStackTrace(err);
    } else {
      LOG.debug("failure", e);
    }
    err.flush();
    return CommandLine.ExitCode.SOFTWARE;
  }

  // Our own exceptions are written for the user; anything else is a bug or a library failure, so name its type.
  private static String message(Throwable e) {
    if (e instanceof ZonekgException) {
      return e.getMessage();
    }
    if (causedByMemory(e)) {
      return "out of memory (" + HEAP_MIB
          + " MiB); give Java more with -Xmx, e.g. java -Xmx4g -jar zonekg.jar, or build into a store with --tdb";
    }
    String detail = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + detail;
  }

  /**
   * Memory ran out here or below: a class whose initialisation ran out of memory on another thread (a dictionary
   * loading in the background) fails later as NoClassDefFoundError, naming the original error only in a message.
   */
  private static boolean causedByMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || t.getMessage() != null && t.getMessage().contains(OUT_OF_MEMORY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
