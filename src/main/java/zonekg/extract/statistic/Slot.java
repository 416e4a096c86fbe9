package zonekg.extract.statistic;

import java.util.List;
import java.util.Optional;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.StatKind;

/**
 * Everything the indicator of one number depends on, in one sentence.
 *
 * @param sentence the sentence
 * @param phrase the number phrase
 * @param clause the span of its clause (between ，；：)
 * @param local where the words that belong to this number alone lie: from the clause start, or
 *     from the end of the previous number of the clause, up to the phrase
 * @param listIndex its position in a list of numbers sharing a unit ("12.4、1个百分点"), from 0
 * @param listSize the length of that list (1 when alone)
 * @param kind the kind of figure before any target reading
 * @param comparison what a difference compares with, if anything
 * @param hidden spans whose words never enter an indicator: periods and the subject's name
 * @param hiddenNames names that never enter an indicator: the subject and the article's main zone
 */
public record Slot(Sentence sentence, NumberPhrase phrase, Span clause, Span local, int listIndex, int listSize,
    StatKind kind, Optional<Comparison> comparison, List<Span> hidden, List<String> hiddenNames) {
  public Slot {
    hidden = List.copyOf(hidden);
    hiddenNames = List.copyOf(hiddenNames);
  }

  /** Text of the sentence over a document span. */
  String text(Span span) {
    int offset = sentence.span().begin();
    return sentence.text().substring(span.begin() - offset, span.end() - offset);
  }

  /** The clause's text before the number phrase (approximation markers excluded). */
  String clauseBefore() {
    return text(new Span(clause.begin(), Math.max(clause.begin(), phrase.whole().begin())));
  }

  /** The clause's text after the number phrase. */
  String clauseAfter() {
    return text(new Span(Math.min(phrase.whole().end(), clause.end()), clause.end()));
  }
}
