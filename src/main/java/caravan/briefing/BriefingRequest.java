package caravan.briefing;

import caravan.text.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a briefing note is asked for: the pair (A first), the day it is prepared for (the registry's
 * "overdue" and "upcoming" are counted from it), its language and, for Persian, its digits.
 */
public record BriefingRequest(String a, String b, LocalDate date, String lang, Digits digits) {
  /** The languages a note is written in. */
  public static final List<String> LANGUAGES = caravan.text.Messages.LANGUAGES;

  /**
   * Persian (Extended Arabic-Indic, ۱۲۳) or Latin (123) digits. A Persian note takes Persian digits
   * unless Latin ones are asked, as CLDR writes Persian numbers; the other languages Latin ones.
   */
  public enum Digits {
    PERSIAN,
    LATIN;

    /** The digits a language writes when none are asked. */
    static Digits of(String lang) {
      return "fa".equals(lang) ? PERSIAN : LATIN;
    }
  }

  /** The output a note is written as. */
  public enum Format {
    HTML("text/html; charset=utf-8", "html"),
    PDF("application/pdf", "pdf"),
    MD("text/markdown; charset=utf-8", "md"),
    JSON("application/json", "json");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    /**
     * Reads html, pdf, md or json (null or blank: html); anything else is refused naming the field.
     */
    public static Format parse(String text) {
      if (text == null || text.isBlank()) return HTML;
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(
            caravan.text.Text.of("brief.error.format", text),
            Map.of("field", "format", "value", text));
      }
    }
  }

  public BriefingRequest {
    a = a.strip().toUpperCase(Locale.ROOT);
    b = b.strip().toUpperCase(Locale.ROOT);
    if (a.equals(b)) {
      throw new InvalidValueException(
          caravan.text.Text.of("brief.error.samePair", a), Map.of("field", "pair", "value", a));
    }
    if (!LANGUAGES.contains(lang)) {
      throw new InvalidValueException(
          caravan.text.Text.of("brief.error.lang", String.valueOf(lang)),
          Map.of("field", "lang", "value", String.valueOf(lang)));
    }
    if (digits == null) digits = Digits.of(lang);
  }

  /**
   * A request as the CLI and the API take it, each part checked: {@code lang} null means Russian,
   * {@code date} null means {@code today}; a day after {@code today} is refused, since a note
   * cannot know what has not yet happened.
   */
  public static BriefingRequest parse(
      String a, String b, String date, String lang, String digits, LocalDate today) {
    String l = lang == null || lang.isBlank() ? "ru" : lang.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(l)) {
      throw new InvalidValueException(
          caravan.text.Text.of("brief.error.lang", lang), Map.of("field", "lang", "value", lang));
    }
    LocalDate day = today;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(
            caravan.text.Text.of("brief.error.date", date), Map.of("field", "date", "value", date));
      }
      if (day.isAfter(today)) {
        throw new InvalidValueException(
            caravan.text.Text.of("brief.error.future", date, today.toString()),
            Map.of("field", "date", "value", date));
      }
    }
    Digits d = null;
    if (digits != null && !digits.isBlank()) {
      try {
        d = Digits.valueOf(digits.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(
            caravan.text.Text.of("brief.error.digits", digits),
            Map.of("field", "digits", "value", digits));
      }
    }
    return new BriefingRequest(a, b, day, l, d);
  }

  /** The words of this note's language. */
  public Words words() {
    return new Words(lang, digits);
  }
}
