package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityPathsTest {
  private final EntityPaths paths = new EntityPaths("https://w3id.org/zonekg/id/");

  @Test
  void aMintedIriGetsAShortPathThatMapsBackToIt() {
    String iri = "https://w3id.org/zonekg/id/zone/星河高新区";

    String href = paths.href(iri);

    assertThat(href).isEqualTo("/id/zone/%E6%98%9F%E6%B2%B3%E9%AB%98%E6%96%B0%E5%8C%BA");
    assertThat(EntityPaths.iri(paths.dataBase(), href.substring("/id/".length()))).isEqualTo(iri);
  }

  @Test
  void asciiEscapesOfTheMinterStayEscapedBothWays() {
    String iri = "https://w3id.org/zonekg/id/project/%3Cscript%3E项目%20一期";

    String below = paths.href(iri).substring("/id/".length());

    assertThat(below).isEqualTo("project/%3Cscript%3E%E9%A1%B9%E7%9B%AE%20%E4%B8%80%E6%9C%9F");
    assertThat(EntityPaths.iri(paths.dataBase(), below)).isEqualTo(iri);
    assertThat(EntityPaths.decodeNonAscii("a%2fb%e4%b8%80")).isEqualTo("a%2Fb一");
  }

  @Test
  void otherIrisArePagesByQueryParameter() {
    assertThat(paths.href("http://example.org/x#y")).isEqualTo("/page?iri=http%3A%2F%2Fexample.org%2Fx%23y");
  }

  @Test
  void pathsJettyCallsAmbiguousAreShownByQueryParameter() {
    assertThat(paths.href("https://w3id.org/zonekg/id/project/A%2FB")).isEqualTo(
        "/page?iri=https%3A%2F%2Fw3id.org%2Fzonekg%2Fid%2Fproject%2FA%252FB");
    assertThat(paths.href("https://w3id.org/zonekg/id/doc/../x")).startsWith("/page?iri=");
    assertThat(paths.href("https://w3id.org/zonekg/id/doc/a..b.txt")).isEqualTo("/id/doc/a..b.txt");
  }

  @Test
  void aBrokenEscapeIsKeptAsText() {
    assertThat(EntityPaths.decodeNonAscii("zone/%E6%9")).isEqualTo("zone/%E6%9");
    assertThat(EntityPaths.decodeNonAscii("100%")).isEqualTo("100%");
  }
}
