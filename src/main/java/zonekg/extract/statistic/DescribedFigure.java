package zonekg.extract.statistic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Mention;
import zonekg.doc.Observation;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;

/**
 * A figure printed apart from the words that say what it measures: before them, as "数说" pieces lead their
 * paragraphs (3120亿元——某某经开区2023年实现地区生产总值), or after a label and a colon, as notices and announcements
 * list them (总投资：68亿元；年度计划投资：15亿元). The words are read as if the figure followed them (某某经开区2023年
 * 实现地区生产总值3120亿元, 总投资68亿元), in a sentence of their own that keeps the real one's index, so that the figure
 * is found by the same rules as everywhere else and its evidence stays the sentence as printed.
 *
 * @param reordered the description followed by the figure, over the description's own offsets
 * @param figure where the figure really is
 * @param moved how far the figure was moved: reordered offset minus real offset
 */
record DescribedFigure(Sentence reordered, Span figure, int moved) {
  /** A figure (3120亿元, 第3位, 5.6万平方米) and the dash after it, opening a sentence. */
  private static final Pattern LEADING_FIGURE =
      Pattern.compile("\\s*([^，,；;。：:\\s—－-]{0,4}\\d[^，,；;。：:\\s—－-]{0,10}?)\\s*(?:—{1,2}|－－|--)\\s*");
  /** The description after the dash runs to the end of its clause. */
  private static final Pattern DESCRIPTION = Pattern.compile("\\p{IsHan}[^，,；;。！？!?]+");
  /** 总投资：68亿元: a label of words alone, a colon and a figure that fills the clause. */
  private static final Pattern LABELLED = Pattern.compile("(?:^|(?<=[，,；;。\\s]))(\\p{IsHan}{2,12})[：:]\\s*"
      + "((?:约|近|超过|逾)?\\d[^，,；;。！？!?：:\\s]{0,12}?)\\s*(?=[，,；;。！？!?]|$)");
  /** A figure has at most a few words of unit around it: 亿美元, 万平方米, 第…位. */
  private static final int MAX_HAN_IN_FIGURE = 5;

  /** The figures of {@code sentence} printed apart from their descriptions, in text order. */
  static List<DescribedFigure> in(Sentence sentence) {
    List<DescribedFigure> out = new ArrayList<>();
    String text = sentence.text();
    int offset = sentence.span().begin();
    Matcher lead = LEADING_FIGURE.matcher(text);
    boolean dashed = text.indexOf('—') >= 0 || text.indexOf('－') >= 0 || text.indexOf('-') >= 0;
    if (dashed && lead.lookingAt() && isFigure(lead.group(1))) {
      Matcher description = DESCRIPTION.matcher(text).region(lead.end(), text.length());
      if (description.lookingAt()) {
        out.add(of(sentence, new Span(offset + description.start(), offset + description.end()),
            new Span(offset + lead.start(1), offset + lead.end(1))));
      }
    }
    // most sentences have no colon: the labels' pattern is only tried on those that do
    Matcher labelled = LABELLED.matcher(text.indexOf('：') >= 0 || text.indexOf(':') >= 0 ? text : "");
    while (labelled.find()) {
      if (isFigure(labelled.group(2))) {
        out.add(of(sentence, new Span(offset + labelled.start(1), offset + labelled.end(1)),
            new Span(offset + labelled.start(2), offset + labelled.end(2))));
      }
    }
    return out;
  }

  private static boolean isFigure(String figure) {
    return figure.codePoints().filter(Character::isIdeographic).count() <= MAX_HAN_IN_FIGURE;
  }

  /** The sentence that reads {@code described} and then {@code figure}. */
  private static DescribedFigure of(Sentence sentence, Span described, Span figure) {
    int moved = described.end() - figure.begin();
    int offset = sentence.span().begin();
    String text = described.shift(-offset).of(sentence.text()) + figure.shift(-offset).of(sentence.text());
    List<Token> tokens = new ArrayList<>();
    sentence.tokens().stream().filter(t -> described.contains(t.span())).forEach(tokens::add);
    sentence.tokens().stream().filter(t -> figure.contains(t.span()))
        .map(t -> new Token(t.span().shift(moved), t.text(), t.pos())).forEach(tokens::add);
    Span reordered = new Span(described.begin(), described.begin() + text.length());
    return new DescribedFigure(new Sentence(sentence.index(), reordered, text, tokens), figure, moved);
  }

  /** The mentions of {@code named} that lie in the description. */
  List<Mention> inDescription(List<Mention> named) {
    Span described = new Span(reordered.span().begin(), figure.begin() + moved);
    return named.stream().filter(m -> described.contains(m.span())).toList();
  }

  /** Whether {@code o}, read from the reordered sentence, is the figure's (the description's own are read in place). */
  boolean isOfFigure(Observation o) {
    return o.number().begin() >= figure.begin() + moved;
  }

  /** {@code o}, the figure's observation, with the figure where it really is. */
  Observation restored(Observation o) {
    return new Observation(o.subject(), o.subjectType(), o.indicator(), o.value(), o.unit(), o.period(), o.kind(),
        o.approx(), o.comparedTo(), o.number().shift(-moved), o.sentence());
  }
}
