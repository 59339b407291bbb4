package caravan.text;

import java.util.Optional;

/**
 * The genitive of a Russian country name, for phrases such as «товарооборот Казахстана и Ирана».
 * CLDR gives country names in the nominative only, so the case comes from the regular endings of
 * Russian nouns; a name these rules cannot decline with confidence (several words, a hyphen, a
 * plural, a soft sign) gives nothing, and the caller words its phrase without a case instead.
 */
public final class RussianCases {
  private RussianCases() {}

  private static final String HUSHING_OR_VELAR = "гкхжшщч";
  private static final String HARD_CONSONANTS = "бвгдзклмнпрстфхц";
  private static final String INDECLINABLE_ENDINGS = "оеиуюэё";

  /** The genitive of {@code nominative} (Казахстан → Казахстана), or empty when not sure. */
  public static Optional<String> genitive(String nominative) {
    if (nominative == null || !nominative.matches("\\p{IsCyrillic}+")) return Optional.empty();
    // abbreviations (ОАЭ, КНДР, США) do not decline
    if (nominative.equals(nominative.toUpperCase(java.util.Locale.ROOT))) {
      return Optional.of(nominative);
    }
    // the one common country name with a vowel that drops in the other cases
    if (nominative.equals("Египет")) return Optional.of("Египта");
    String stem = nominative.substring(0, nominative.length() - 1);
    char last = nominative.charAt(nominative.length() - 1);
    if (nominative.endsWith("ия") || nominative.endsWith("ея")) return Optional.of(stem + "и");
    if (last == 'а') {
      char before = stem.charAt(stem.length() - 1);
      return Optional.of(stem + (HUSHING_OR_VELAR.indexOf(before) >= 0 ? "и" : "ы"));
    }
    if (last == 'й') return Optional.of(stem + "я");
    if (HARD_CONSONANTS.indexOf(last) >= 0) return Optional.of(nominative + "а");
    // borrowed names on these vowels (Перу, Чили, Монако) keep one form in every case
    if (INDECLINABLE_ENDINGS.indexOf(last) >= 0) return Optional.of(nominative);
    return Optional.empty();
  }
}
