package zonekg.store;

import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Jena's start-up hook for zonekg (listed in {@code META-INF/services}): puts {@link JsonResultsWriter} in place of
 * Jena's JSON results writer after Jena has registered its own, so every path that writes results — Fuseki, the
 * {@code query} command, tests — uses the same one.
 */
public final class InitZonekg implements JenaSubsystemLifecycle {
  /** After RIOT (20), ARQ (30) and Fuseki's modules, which register writers of their own. */
  private static final int LEVEL = 9_000;

  @Override
  public void start() {
    JsonResultsWriter.register();
  }

  @Override
  public void stop() {
    // nothing to release
  }

  @Override
  public int level() {
    return LEVEL;
  }
}
