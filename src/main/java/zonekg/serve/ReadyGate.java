package zonekg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds requests until the graph they would read is in place, so a server can listen while its graph is still
 * being built: a query that comes early is answered late, never from a half-built graph. A request that has
 * waited its limit, or comes after the build failed, gets 503.
 */
final class ReadyGate implements Filter {
  private static final String RETRY_SECONDS = "5";

  private final CompletableFuture<?> ready;
  private final Duration patience;

  ReadyGate(CompletableFuture<?> ready, Duration patience) {
    this.ready = ready;
    this.patience = patience;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      ready.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      refuse(response, "the graph is still being built; try again shortly");
      return;
    } catch (ExecutionException e) {
      refuse(response, "the graph could not be built");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      refuse(response, "the server is stopping");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(ServletResponse response, String why) throws IOException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("Retry-After", RETRY_SECONDS);
    http.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, why);
  }
}
