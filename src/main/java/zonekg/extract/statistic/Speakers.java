package zonekg.extract.statistic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.Sentence;
import zonekg.doc.Token;

/**
 * Who speaks in an interview or a programme's transcript. An article introduces its guests with their companies
 * (某某科技有限公司创始人吴某某); a paragraph one of them opens (嘉宾（吴某某）：…, 吴某某：…) is his turn, and its figures
 * that name no one else are his company's (我们去年营收8.6亿元).
 */
final class Speakers {
  /** The officers who speak for a company. */
  static final String OFFICERS = "(?:相关)?(?:负责人|总经理|副总经理|董事长|总裁|副总裁|创始人|厂长|总监|技术总监|经理)";
  private static final Pattern OFFICER_AFTER_COMPANY = Pattern.compile(OFFICERS);
  /** 嘉宾（吴某某）：, 吴某某：, opening a paragraph. */
  private static final Pattern TURN =
      Pattern.compile("(?:\\p{IsHan}{1,6}[（(](\\p{IsHan}{2,4})[）)]|(\\p{IsHan}{2,4}))[：:]");
  private static final String PERSON = "nr";

  /** Each guest's name and the company the article introduced him with. */
  private final Map<String, Mention> companies;

  private Speakers(Map<String, Mention> companies) {
    this.companies = companies;
  }

  /** The guests {@code sentences} introduce; {@code named} holds the mentions of each sentence. */
  static Speakers of(List<Sentence> sentences, List<List<Mention>> named) {
    Map<String, Mention> companies = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      for (Mention company : named.get(i)) {
        if (company.type() == EntityType.ENTERPRISE) {
          guestAfter(sentence, company).ifPresent(name -> companies.putIfAbsent(name, company));
        }
      }
    }
    return new Speakers(companies);
  }

  /** 某某有限公司创始人吴某某: the person HanLP names right after the company's officer. */
  private static Optional<String> guestAfter(Sentence sentence, Mention company) {
    int offset = sentence.span().begin();
    Matcher officer = OFFICER_AFTER_COMPANY.matcher(sentence.text()).region(company.span().end() - offset,
        sentence.text().length());
    if (!officer.lookingAt()) {
      return Optional.empty();
    }
    int nameAt = officer.end() + offset;
    return sentence.tokens().stream()
        .filter(t -> t.span().begin() == nameAt && t.pos().startsWith(PERSON))
        .map(Token::text)
        .findFirst();
  }

  /** The company of the guest whose turn {@code sentence} opens, if it opens one. */
  Optional<Mention> turnOpenedBy(Sentence sentence) {
    Matcher turn = TURN.matcher(sentence.text());
    if (companies.isEmpty() || !turn.lookingAt()) {
      return Optional.empty();
    }
    return Optional.ofNullable(companies.get(turn.group(1) != null ? turn.group(1) : turn.group(2)));
  }
}
