package zonekg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, written there by the Maven build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"zonekg " + (version == null ? "(development build)" : version)};
  }
}
