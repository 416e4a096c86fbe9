package zonekg.doc;

/** A bad option, a missing folder, a port in use: the run cannot start. */
public class ConfigException extends ZonekgException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
