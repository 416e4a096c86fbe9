package zonekg.extract.statistic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Sentence;
import zonekg.doc.Span;

/**
 * Decides which entity a number is about. The article's main zone by default; a zone, enterprise
 * or park named earlier in the sentence when it is the topic of the number's clause or of the clause
 * before ("…创办的厦门某科技有限公司，目前估值已超20亿元"), or the sentence's opening subject.
 * A name that is compared with (比X, 占X, 居X首位), ranked in, or listed (A、B等12家) is not the subject.
 */
public final class SubjectFinder {
  /** Who a statistic is about. */
  public record Subject(String name, EntityType type) {}

  private static final Set<EntityType> SUBJECT_TYPES = Set.of(EntityType.ZONE, EntityType.ENTERPRISE,
      EntityType.PLATFORM);
  private static final Pattern GOVERNED = Pattern.compile("(?:比|较|占|居|列|领先|高于|低于|超过|于|和|与|及|为|向|从|在|到)$");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");
  private static final String LIST_OR_LEVEL = "、等级和与及）)";

  /** The subject of the number at {@code number} in {@code sentence}; {@code mentions} are those of the sentence. */
  public Optional<Subject> find(Sentence sentence, Span number, List<Mention> mentions, String mainZone) {
    String text = sentence.text();
    int offset = sentence.span().begin();
    Mention opening = null;
    for (Mention m : mentions) {
      if (SUBJECT_TYPES.contains(m.type()) && m.span().end() <= number.begin() && !governed(text, offset, m)) {
        if (opening == null && opensSentence(text, offset, m)) {
          opening = m;
        }
      }
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (!SUBJECT_TYPES.contains(m.type()) || m.span().end() > number.begin() || governed(text, offset, m)) {
        continue;
      }
      if (m.name().equals(mainZone) || m == opening || clausesBetween(text, offset, m.span().end(), number.begin()) <= 1) {
        return Optional.of(new Subject(m.name(), m.type()));
      }
    }
    return mainZone == null ? Optional.empty() : Optional.of(new Subject(mainZone, EntityType.ZONE));
  }

  private static boolean governed(String text, int offset, Mention m) {
    int begin = m.span().begin() - offset;
    int end = m.span().end() - offset;
    if (end < text.length() && LIST_OR_LEVEL.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    return GOVERNED.matcher(text.substring(Math.max(0, begin - 2), begin)).find()
        || begin > 0 && "（(".indexOf(text.charAt(begin - 1)) >= 0;
  }

  private static boolean opensSentence(String text, int offset, Mention m) {
    String before = text.substring(0, m.span().begin() - offset);
    return !CLAUSE_BREAK.matcher(before).replaceAll("").matches(".*[一-龥]{6,}.*")
        && clausesBetween(text, offset, offset, m.span().begin()) <= 1;
  }

  private static int clausesBetween(String text, int offset, int from, int to) {
    String between = text.substring(Math.max(0, from - offset), Math.max(0, to - offset));
    return (int) between.chars().filter(c -> CLAUSE_BREAK.matcher(String.valueOf((char) c)).matches()).count();
  }
}
