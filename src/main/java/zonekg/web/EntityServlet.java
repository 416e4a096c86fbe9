package zonekg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Entity pages: {@code /id/<type>/<name>} (the IRI's path below the data base, or below this server's own
 * {@code http://HOST:PORT/id/} when the graph was built with that base) and {@code /page?iri=<IRI>}.
 * Answers HTML, or the entity's description as Turtle, JSON-LD, N-Triples or RDF/XML by the Accept header
 * or {@code ?format=ttl|jsonld|nt|rdf}.
 */
final class EntityServlet extends HttpServlet {
  private static final String HTML = "text/html";
  /** What a page can be: HTML first, so browsers (Accept: ..., *&#47;*) get HTML. */
  private static final AcceptList OFFERS = AcceptList.create(HTML, Lang.TURTLE.getHeaderString(),
      Lang.JSONLD.getHeaderString(), Lang.NTRIPLES.getHeaderString(), Lang.RDFXML.getHeaderString());
  private static final List<Lang> FORMATS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

  private final transient DatasetGraph dsg;
  private final transient EntityReader reader;
  private final transient EntityPaths paths;
  private final transient EntityPage page;

  EntityServlet(DatasetGraph dsg, EntityPaths paths) {
    this.dsg = dsg;
    this.reader = new EntityReader(dsg);
    this.paths = paths;
    this.page = new EntityPage(paths);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<String> iri = iri(req);
    if (iri.isEmpty()) {
      Responses.html(resp, HttpServletResponse.SC_NOT_FOUND, EntityPage.notFound(req.getParameter("iri")));
      return;
    }
    Optional<Lang> rdf;
    try {
      rdf = rdfLanguage(req);
    } catch (IllegalArgumentException e) {
      Responses.send(resp, HttpServletResponse.SC_BAD_REQUEST, "text/plain; charset=utf-8",
          e.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    if (rdf.isPresent()) {
      Graph graph = EntityDescription.of(dsg, iri.get());
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      RDFDataMgr.write(body, graph, rdf.get() == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : RDFWriterRegistry.defaultSerialization(rdf.get()));
      Responses.send(resp, HttpServletResponse.SC_OK, rdf.get().getHeaderString() + "; charset=utf-8",
          body.toByteArray());
      return;
    }
    Optional<EntityView> view = reader.read(iri.get());
    if (view.isEmpty()) {
      Responses.html(resp, HttpServletResponse.SC_NOT_FOUND, EntityPage.notFound(iri.get()));
    } else {
      Responses.html(resp, HttpServletResponse.SC_OK, page.render(view.get()));
    }
  }

  /** The IRI asked for: from {@code ?iri=}, or the short path under this server's base or the data base. */
  private Optional<String> iri(HttpServletRequest req) {
    if (req.getServletPath().equals(EntityPaths.PAGE_PATH)) {
      String iri = req.getParameter("iri");
      return iri == null || iri.isBlank() ? Optional.empty() : Optional.of(iri.strip());
    }
    String prefix = req.getContextPath() + EntityPaths.ID_PATH;
    String raw = req.getRequestURI();
    if (!raw.startsWith(prefix) || raw.length() == prefix.length()) {
      return Optional.empty();
    }
    String below = raw.substring(prefix.length());
    String own = EntityPaths.iri(ownBase(req), below);
    if (reader.exists(own)) {
      return Optional.of(own);
    }
    return Optional.of(EntityPaths.iri(paths.dataBase(), below));
  }

  private static String ownBase(HttpServletRequest req) {
    return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath()
        + EntityPaths.ID_PATH;
  }

  /** The RDF syntax asked for, or empty for HTML; an unknown {@code ?format=} is the client's error. */
  private static Optional<Lang> rdfLanguage(HttpServletRequest req) {
    String format = req.getParameter("format");
    if (format != null) {
      if (format.equalsIgnoreCase("html")) {
        return Optional.empty();
      }
      Lang lang = RDFLanguages.fileExtToLang(format);
      if (lang == null || !FORMATS.contains(lang)) {
        throw new IllegalArgumentException("format=" + format + ": not one of html, ttl, jsonld, nt, rdf");
      }
      return Optional.of(lang);
    }
    String accept = req.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return Optional.empty();
    }
    MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
    if (chosen == null || chosen.getContentTypeStr().equals(HTML)) {
      return Optional.empty();
    }
    return Optional.ofNullable(RDFLanguages.contentTypeToLang(chosen.getContentTypeStr()));
  }
}
