package zonekg.doc;

/** A failure the user can act on; its message is printed as one line by the command line. */
public class ZonekgException extends RuntimeException {
  public ZonekgException(String message) {
    super(message);
  }

  public ZonekgException(String message, Throwable cause) {
    super(message, cause);
  }
}
