package zonekg.extract.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.Sentence;
import zonekg.doc.Span;
import zonekg.doc.Token;
import zonekg.extract.ListItems;
import zonekg.extract.enterprise.CompanyWords;
import zonekg.extract.enterprise.EnterpriseExtractor;

/**
 * The company a project belongs to when the text names it right before the project: "某某投资有限公司的
 * 智能制造产业园项目", "某某电子承担的“…”项目", "企业某某承担的…". The owner must look like a company: a
 * legal name, a short name ending in a business word, or a name HanLP recognises as a proper noun. Or right after
 * it, introduced as who builds it: "某某项目由某公司投资建设", "某某项目，投资主体为某公司".
 */
public final class ProjectOwner {
  /** What introduces who builds a project, right after its name: 由, 投资主体为, 建设单位是. */
  private static final String BUILT_BY = "由";
  private static final String OWNER_TITLE = "(?:投资|建设)(?:主体|单位|方)(?:为|是|[：:])";
  private static final String LEGAL_NAME = "\\p{IsHan}{2,30}?(?:" + String.join("|", CompanyWords.LEGAL_SUFFIXES) + ")";
  /** 某某项目：建设单位为某公司 in a list of projects, the item's name a heading. */
  private static final Pattern OWNER_INTRODUCED = Pattern.compile("[，,：:]?(?:" + BUILT_BY + "|" + OWNER_TITLE + ")");
  /**
   * 由某公司投资建设, 投资主体为某公司，: the company is read up to the verb or the clause's end; up to its legal suffix
   * first, as its own name may hold a verb (由某某科学城建设集团有限公司投资).
   */
  private static final Pattern OWNER_AFTER = Pattern.compile("[，,]?(?:" + BUILT_BY
      + "(" + LEGAL_NAME + "|\\p{IsHan}{2,30}?)(?:投资建设|投资|建设|承建|实施|打造)|" + OWNER_TITLE + "(\\p{IsHan}{2,30}?)[，,。；;])");
  /**
   * X的, X承担的, X牵头承担的, X负责建设的, X投资建设的, X新建的, X在园区投资建设的, X投资120亿元的, X投资21亿元建设的
   * right before the project, or X与某新区签约 (the company signs for the project with the zone).
   */
  private static final Pattern OWNER_LINK = Pattern.compile("(?:在\\p{IsHan}{1,14}?)?(?:牵头|负责)?"
      + "(?:承担|实施|投资|建设|打造|投资建设|引进|新建|扩建|兴建|承建)?"
      + "(?:总?投资(?:约|近|超过?)?[\\d.]+[万亿]?元(?:建设|打造|兴建|新建|扩建)?)?的\\s*“?$"
      + "|与\\p{IsHan}{2,10}?签约$");
  /** Characters before a project that may hold the link: 投资约120.5亿元的, 在某某经济技术开发区投资建设的. */
  private static final int LINK_WINDOW = 24;
  /** 某某股份有限公司（以下简称“某某”）投资建设的: the short name bracketed after the owner's name. */
  private static final Pattern SHORT_NAME_BEFORE = Pattern.compile("[（(][^（()）]{1,14}[)）]$");
  private static final Set<String> PROPER = Set.of("nr", "nrf", "nrj", "nt", "ntc", "nz", "j", "nx");
  /** 湘江新区企业景嘉微, 产业链链主某某: a company noun or role before the name introduces it and is not part of it. */
  private static final Pattern INTRODUCER = Pattern.compile("^.*(?:企业|公司|单位|链主)(?=\\p{IsHan}{2,})");
  private static final int MAX_OWNER = 20;
  /** 某某项目已完成立项，建设单位为某有限公司; 某某中心已建成，由某有限公司运营: the builder named in a later clause. */
  private static final Pattern OWNER_LATER = Pattern.compile("[，,](?:" + OWNER_TITLE + "(" + LEGAL_NAME + ")|由("
      + LEGAL_NAME + ")(?:投资建设|投资|建设|承建|运营|负责))");
  private static final Pattern LATTER = Pattern.compile("与([^，,。；;、与]{4,40}?)签约[，,]后者[^，,。；;]*$");

  private ProjectOwner() {}

  /** The company {@code rest}, the text right after a project's name, says builds the project. */
  static Optional<String> after(String rest) {
    Matcher owner = OWNER_AFTER.matcher(rest);
    if (!owner.lookingAt()) {
      return Optional.empty();
    }
    return company(owner);
  }

  /**
   * The company a later clause of {@code stretch}, what a sentence says of a project after its name and before it
   * names the next one, introduces as the project's builder.
   */
  static Optional<String> later(String stretch) {
    Matcher owner = OWNER_LATER.matcher(stretch);
    return owner.find() ? company(owner) : Optional.empty();
  }

  /** The company an owner pattern matched, in its first or second group, unless it names no company. */
  private static Optional<String> company(Matcher owner) {
    String company = owner.group(1) != null ? owner.group(1) : owner.group(2);
    return CompanyWords.NOT_COMPANY.matcher(company).find() ? Optional.empty() : Optional.of(company);
  }

  /**
   * 某经开区与某某有限公司签约，后者将投资36亿元建设某某项目: the company that signed with the zone, named in the clause
   * before the one that says 后者 builds the project ({@code before} is the sentence up to the project's name).
   */
  static Optional<String> latter(String before) {
    Matcher latter = LATTER.matcher(before);
    String company = null;
    while (latter.find()) {
      company = latter.group(1);
    }
    return Optional.ofNullable(company).filter(CompanyWords::endsWithLegalSuffix);
  }

  /** Whether {@code between}, all the text between a project and a company named after it, makes it the builder. */
  public static boolean introducesOwner(String between) {
    return OWNER_INTRODUCED.matcher(between).matches();
  }

  /** The owner's span in the sentence, if a company is named right before {@code projectBegin}. */
  static Optional<Span> before(Sentence s, int projectBegin) {
    String text = s.text();
    Matcher link = OWNER_LINK.matcher(text.substring(Math.max(0, projectBegin - LINK_WINDOW), projectBegin));
    if (!link.find()) {
      return Optional.empty();
    }
    int linked = projectBegin - (link.end() - link.start());
    Matcher shortName = SHORT_NAME_BEFORE.matcher(text.substring(Math.max(0, linked - LINK_WINDOW), linked));
    int end = shortName.find() ? linked - (shortName.end() - shortName.start()) : linked;
    int from = end;
    while (from > 0 && end - from < MAX_OWNER && "、，,。；;：:“”\"《》".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    // 区内某某有限公司投资建设的…: where the company is is no part of its name
    int begin = ListItems.afterLocation(text, ListItems.afterLastStop(s, from, end, false), end);
    if (CompanyWords.endsWithLegalSuffix(text.substring(begin, end))) {
      // 鄂尔多斯市/北疆/氢/能/装备有限公司: the place and own name HanLP cut into odd words open the registered name
      begin = ListItems.afterLocation(text, Math.min(begin, ListItems.registeredNameStart(s, from, begin)), end);
    }
    Matcher intro = INTRODUCER.matcher(text.substring(begin, end));
    if (intro.lookingAt()) {
      begin += intro.end();
    }
    Span owner = EnterpriseExtractor.withoutZoneBeforeFirm(text, new Span(begin, end));
    return owner.length() >= 2 && isCompany(s, owner) ? Optional.of(owner) : Optional.empty();
  }

  private static boolean isCompany(Sentence s, Span owner) {
    String name = owner.of(s.text());
    if (CompanyWords.NOT_COMPANY.matcher(name).find() || CompanyWords.GENERIC.matcher(name).matches()) {
      return false;
    }
    return CompanyWords.endsWithLegalSuffix(name)
        || CompanyWords.BUSINESS_WORDS.stream().anyMatch(name::endsWith) || properNoun(s, owner);
  }

  /** The owner is one token (or a run of tokens) HanLP tags as a person, organisation or other proper name. */
  private static boolean properNoun(Sentence s, Span owner) {
    int base = s.span().begin();
    List<Token> inside = s.tokens().stream()
        .filter(t -> t.span().begin() - base >= owner.begin() && t.span().end() - base <= owner.end())
        .toList();
    return !inside.isEmpty() && inside.stream().allMatch(t -> PROPER.contains(t.pos()))
        && inside.get(0).span().begin() - base == owner.begin() && inside.get(inside.size() - 1).span().end() - base == owner.end();
  }
}
