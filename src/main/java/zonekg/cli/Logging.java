package zonekg.cli;

/**
 * Sets slf4j-simple's levels: warnings only by default (Fuseki and Jetty log every request at info), debug for
 * zonekg and info for the libraries with {@code --verbose}. Properties set on the java command line win.
 */
final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";
  private static final String DEFAULT_LEVEL = PREFIX + "defaultLogLevel";

  private Logging() {}

  /** Call before the first logger exists: slf4j-simple reads the default level once. */
  static void quiet() {
    setIfAbsent(DEFAULT_LEVEL, "warn");
    setIfAbsent(PREFIX + "logFile", "System.err");
  }

  /**
   * Raises the levels of loggers created from now on; slf4j-simple reads per-logger levels when it creates a
   * logger, and Jena, Fuseki and Jetty create theirs when the command runs, after options are parsed.
   */
  static void verbose() {
    setIfAbsent(PREFIX + "log.zonekg", "debug");
    setIfAbsent(PREFIX + "log.org.apache.jena", "info");
    setIfAbsent(PREFIX + "log.org.eclipse.jetty", "info");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
