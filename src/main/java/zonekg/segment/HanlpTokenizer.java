package zonekg.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import zonekg.doc.ReferenceLists;
import zonekg.doc.Span;
import zonekg.doc.Token;

/**
 * Words and parts of speech from HanLP's standard segmenter, with its place and organisation
 * recognisers on and the words of our field it lacks (zonekg/dict/domain-words.txt) in its custom dictionary. The
 * only class that touches HanLP; {@code seg} is thread-safe once built.
 */
public final class HanlpTokenizer {
  private static final String DOMAIN_WORDS = "/zonekg/dict/domain-words.txt";
  /** How often HanLP is told a domain word occurs: enough to win over the pieces it would otherwise cut. */
  private static final int DOMAIN_FREQUENCY = 1024;
  private static final Segment SEGMENT = configure();

  private HanlpTokenizer() {}

  private static Segment configure() {
    HanLP.Config.enableDebug(false);
    for (String entry : ReferenceLists.readEntries(DOMAIN_WORDS)) {
      String[] wordAndTag = entry.split("\\s+");
      CustomDictionary.add(wordAndTag[0], wordAndTag[1] + " " + DOMAIN_FREQUENCY);
    }
    return HanLP.newSegment()
        .enableOffset(true)
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true)
        .enablePartOfSpeechTagging(true);
  }

  /**
   * Loads HanLP's dictionaries in the background (over half a second on a cold JVM), so that whatever the caller
   * sets up meanwhile, a store or Jena itself, overlaps it. The first {@link #tokenize} waits for it to finish.
   */
  public static void preload() {
    CompletableFuture.runAsync(() -> tokenize("高新区", 0));
  }

  /** The words of one sentence, their spans shifted by {@code offset} into document coordinates. */
  public static List<Token> tokenize(String sentence, int offset) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (Term term : SEGMENT.seg(sentence)) {
      // HanLP's offset is unreliable after its recognisers merge terms, so walk the text instead
      int begin = sentence.indexOf(term.word, at);
      if (begin < 0) {
        continue;
      }
      int end = begin + term.word.length();
      tokens.add(new Token(new Span(offset + begin, offset + end), term.word, String.valueOf(term.nature)));
      at = end;
    }
    return tokens;
  }
}
