package zonekg.store;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the RDF fixtures under src/test/resources/zonekg/store. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/zonekg/store/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
