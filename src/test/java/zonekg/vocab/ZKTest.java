package zonekg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** ZK and ontology/zonekg.ttl declare the same terms, each documented in both languages. */
class ZKTest {
  private final Model ontology = RDFDataMgr.loadModel(Path.of("ontology/zonekg.ttl").toString());

  @Test
  void javaConstantsAndOntologyDeclareTheSameTerms() {
    assertThat(javaTerms()).isEqualTo(ontologyTerms());
  }

  @Test
  void everyTermHasChineseAndEnglishLabelsAndAComment() {
    for (String local : ontologyTerms()) {
      Resource term = ontology.getResource(ZK.NS + local);
      Set<String> langs = ontology.listObjectsOfProperty(term, RDFS.label).toList().stream()
          .map(n -> n.asLiteral().getLanguage()).collect(Collectors.toSet());
      assertThat(langs).as(local).contains("zh", "en");
      assertThat(ontology.contains(term, RDFS.comment)).as(local + " has a comment").isTrue();
    }
  }

  private Set<String> ontologyTerms() {
    return ontology.listSubjectsWithProperty(RDF.type).toList().stream()
        .filter(r -> r.isURIResource() && r.getURI().startsWith(ZK.NS))
        .map(r -> r.getURI().substring(ZK.NS.length()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> javaTerms() {
    return Arrays.stream(ZK.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
        .map(ZKTest::uri)
        .filter(u -> u.startsWith(ZK.NS))
        .map(u -> u.substring(ZK.NS.length()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String uri(Field f) {
    try {
      return ((Resource) f.get(null)).getURI();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
