package zonekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textIsEscapedForContentAndAttributes() {
    assertThat(Html.escape("<script>alert('x&y')</script>\"")).isEqualTo(
        "&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;&quot;");
  }

  @Test
  void linksEscapeTheirTargetAndText() {
    String page = new Html().link("/page?iri=a\"b&c=<d>", "<b>名</b>").finish();

    assertThat(page).startsWith("<a href=\"/page?iri=a&quot;b&amp;c=&lt;d&gt;\">&lt;b&gt;名&lt;/b&gt;</a>");
  }
}
