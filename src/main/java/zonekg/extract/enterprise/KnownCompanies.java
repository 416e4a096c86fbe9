package zonekg.extract.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import zonekg.doc.ReferenceLists;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;

/**
 * Companies news names by brand alone, with no legal form, list or figure to tell them from words (华为, 宁德时代,
 * 海康威视): a public list of the best-known ones (zonekg/dict/known-companies.txt), read where HanLP's words begin and
 * end with the name.
 */
final class KnownCompanies {
  private static final String RESOURCE = "/zonekg/dict/known-companies.txt";
  private static final Set<String> NAMES = Set.copyOf(ReferenceLists.readEntries(RESOURCE));
  private static final int LONGEST = NAMES.stream().mapToInt(String::length).max().orElse(0);
  /** The characters names open with: most words open with none, and are passed over at once. */
  private static final Set<Character> FIRST = NAMES.stream().map(n -> n.charAt(0))
      .collect(Collectors.toUnmodifiableSet());

  private KnownCompanies() {}

  /** The spans of {@code sentence} (in its own offsets) that are whole-word names of the list, longest first. */
  static List<Span> in(Sentence sentence) {
    int base = sentence.span().begin();
    String text = sentence.text();
    List<Token> tokens = sentence.tokens();
    List<Span> out = new ArrayList<>();
    int coveredTo = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int begin = tokens.get(i).span().begin() - base;
      if (begin < coveredTo || !FIRST.contains(text.charAt(begin))) {
        continue;
      }
      int end = -1;
      for (int j = i; j < tokens.size(); j++) {
        int tokenEnd = tokens.get(j).span().end() - base;
        if (tokenEnd - begin > LONGEST) {
          break;
        }
        if (NAMES.contains(text.substring(begin, tokenEnd))) {
          end = tokenEnd;
        }
      }
      if (end > 0) {
        out.add(new Span(begin, end));
        coveredTo = end;
      }
    }
    return out;
  }
}
