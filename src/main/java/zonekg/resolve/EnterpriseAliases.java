package zonekg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonekg.doc.EntityType;
import zonekg.doc.Mention;
import zonekg.doc.MentionedDoc;
import zonekg.extract.IndustryWords;
import zonekg.extract.enterprise.CompanyWords;
import zonekg.extract.region.Gazetteer;

/**
 * Which short company names stand for which full names: 某某科技 for 厦门某某科技有限公司 when
 * the full name, without its place and legal form, contains the short one.
 */
final class EnterpriseAliases {
  private static final int MAX_BRACKET_GAP = 8;
  /** An opening bracket, a space a PDF put before it, and 以下简称 with its quote. */
  private static final Pattern OPENING_BRACKET = Pattern.compile("\\s?" + CompanyWords.DECLARING_BRACKET);
  /** The fewest characters of a firm's own name that open a project of the firm's (威高, 潍柴). */
  private static final int MIN_BRAND = 2;
  private final Gazetteer gazetteer;

  EnterpriseAliases(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Short name → full name, for names of one document that match exactly one full name there, or that the
   * document declares in brackets right after one (海口某某航空维修工程有限公司（某某航修）, （以下简称“某某”）), whatever
   * their letters.
   */
  Map<String, String> withinDocument(MentionedDoc doc) {
    TreeSet<String> names = new TreeSet<>();
    doc.mentions().forEach(m -> addCompany(m, names));
    Map<String, String> aliases = match(names);
    aliases.putAll(declared(doc.mentions(), doc.doc().text()));
    return aliases;
  }

  private static Map<String, String> declared(List<Mention> mentions, String text) {
    Map<String, String> out = new TreeMap<>();
    for (Mention full : mentions) {
      if (full.type() != EntityType.ENTERPRISE || !isLegalName(full.name())) {
        continue;
      }
      // the bracket's own mention may already stand for the full name (a short name read as one there)
      Matcher declared = CompanyWords.DECLARED_SHORT_NAME.matcher(text).region(full.span().end(), text.length());
      if (declared.lookingAt()) {
        out.putIfAbsent(declared.group(1), full.name());
      }
      for (Mention shortName : mentions) {
        int gap = shortName.span().begin() - full.span().end();
        if (shortName.type() == EntityType.ENTERPRISE && shortName.name().length() < full.name().length()
            && gap >= 1 && gap <= MAX_BRACKET_GAP && OPENING_BRACKET.matcher(
                text.substring(full.span().end(), shortName.span().begin())).matches()) {
          out.putIfAbsent(shortName.name(), full.name());
        }
      }
    }
    return out;
  }

  /** The same over the whole corpus, for a short name used in one document and spelled out in another. */
  Map<String, String> acrossCorpus(List<MentionedDoc> docs) {
    TreeSet<String> names = new TreeSet<>();
    docs.forEach(d -> d.mentions().forEach(m -> addCompany(m, names)));
    return match(names);
  }

  /** The company a mention names: an enterprise, or a project's owner (星河光电 of 星河光电组件项目). */
  private static void addCompany(Mention m, TreeSet<String> names) {
    if (m.type() == EntityType.ENTERPRISE) {
      names.add(m.name());
    } else if (m.type() == EntityType.PROJECT && m.enterprise() != null) {
      names.add(m.enterprise());
    }
  }

  private Map<String, String> match(TreeSet<String> names) {
    List<String> full = names.stream().filter(EnterpriseAliases::isLegalName).toList();
    Map<String, String> out = new TreeMap<>();
    for (String shortName : names) {
      if (isLegalName(shortName)) {
        continue;
      }
      List<String> matches = new ArrayList<>();
      for (String f : full) {
        if (core(f).contains(shortName)) {
          matches.add(f);
        }
      }
      if (matches.size() == 1) {
        out.put(shortName, matches.get(0));
      }
    }
    return out;
  }

  static boolean isLegalName(String name) {
    return CompanyWords.LEGAL_SUFFIXES.stream().anyMatch(s -> name.endsWith(s) && name.length() > s.length() + 1);
  }

  /**
   * The one registered company of {@code mentions} whose own name opens {@code project}, by at least
   * {@link #MIN_BRAND} characters that are more than industry words (长虹智能制造产业园项目 of 四川长虹电器股份有限公司,
   * 潍柴新能源动力产业园项目 of 潍柴动力股份有限公司, 通化东宝二代胰岛素扩产项目 of 通化东宝药业股份有限公司); empty when none
   * or several do.
   */
  Optional<String> ownerByBrand(String project, List<Mention> mentions) {
    TreeSet<String> owners = new TreeSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.ENTERPRISE && isLegalName(m.name()) && opensWithBrand(project, m.name())) {
        owners.add(m.name());
      }
    }
    return owners.size() == 1 ? Optional.of(owners.first()) : Optional.empty();
  }

  private boolean opensWithBrand(String project, String company) {
    String named = CompanyWords.withoutLegalForm(company);
    int place = gazetteer.longestNameAt(named, 0);
    // the project may repeat the company's place (通化东宝…) or leave it out (东宝…)
    int start = project.startsWith(named.substring(0, place)) ? place : 0;
    String brand = named.substring(place);
    int shared = 0;
    while (start + shared < project.length() && shared < brand.length()
        && project.charAt(start + shared) == brand.charAt(shared)) {
      shared++;
    }
    return shared >= MIN_BRAND && !IndustryWords.spellsOut(brand.substring(0, shared));
  }

  /** The name without its legal form and its opening place (厦门某某科技有限公司 → 某某科技). */
  String core(String name) {
    String n = CompanyWords.withoutLegalForm(name);
    return n.substring(gazetteer.longestNameAt(n, 0));
  }
}
