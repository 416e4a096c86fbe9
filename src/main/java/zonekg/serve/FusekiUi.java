package zonekg.serve;

import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import zonekg.doc.ConfigException;

/**
 * Finds Fuseki's packaged web UI: the jena-fuseki-ui jar (or our shaded jar) holds it under {@code webapp/},
 * which is how Fuseki's own UI module locates it.
 */
final class FusekiUi {
  /** Class-path folder of the UI files. */
  static final String RESOURCE = "webapp";

  private FusekiUi() {}

  /** The URI of the UI folder, usable as a Jetty static-file base ({@code jar:file:...!/webapp}). */
  static String staticBase() {
    // Not closed: Jetty serves from this mount for the life of the server.
    ResourceFactory factory = ResourceFactory.closeable();
    Resource resource = factory.newClassLoaderResource(RESOURCE);
    if (resource == null || resource.resolve("index.html") == null || !resource.resolve("index.html").exists()) {
      throw new ConfigException(RESOURCE + "/index.html: Fuseki UI files not on the class path; is jena-fuseki-ui missing?");
    }
    return resource.getURI().toString();
  }
}
