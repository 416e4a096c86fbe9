package zonekg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import zonekg.doc.ConfigException;

/**
 * {@code /web/<name>}: the pages' style sheet and scripts, and Chart.js from its WebJar, all from the jar.
 * Only the names listed here exist; a request never becomes a file path.
 */
final class AssetServlet extends HttpServlet {
  /** Where the Chart.js WebJar keeps its versioned folders. */
  static final String CHART_JS_WEBJAR = "META-INF/resources/webjars/chart.js";
  private static final String JS = "text/javascript; charset=utf-8";

  /** One served file: its bytes and media type. */
  private record Asset(byte[] bytes, String type) {}

  private final transient Map<String, Asset> assets;

  private AssetServlet(Map<String, Asset> assets) {
    this.assets = Map.copyOf(assets);
  }

  /** Reads every asset once, failing at start (not at first use) when one is missing from the class path. */
  static AssetServlet load() {
    return new AssetServlet(Map.of(
        "/style.css", new Asset(read("zonekg/web/style.css"), "text/css; charset=utf-8"),
        "/charts.js", new Asset(read("zonekg/web/charts.js"), JS),
        "/chart.umd.min.js", new Asset(read(chartJs()), JS)));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Asset asset = req.getPathInfo() == null ? null : assets.get(req.getPathInfo());
    if (asset == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setHeader("Cache-Control", "max-age=3600");
    Responses.send(resp, HttpServletResponse.SC_OK, asset.type(), asset.bytes());
  }

  /** The minified UMD build in the one version folder of the Chart.js WebJar. */
  private static String chartJs() {
    Resource webjar = ResourceFactory.closeable().newClassLoaderResource(CHART_JS_WEBJAR);
    if (webjar == null || webjar.list().size() != 1) {
      throw new ConfigException(CHART_JS_WEBJAR + ": expected one Chart.js version on the class path");
    }
    return CHART_JS_WEBJAR + "/" + webjar.list().get(0).getFileName() + "/dist/chart.umd.min.js";
  }

  private static byte[] read(String resource) {
    try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException(resource + ": not on the class path; the jar is incomplete");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ConfigException(resource + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
