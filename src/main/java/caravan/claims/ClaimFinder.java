package caravan.claims;

import caravan.claims.Claim.Bound;
import caravan.claims.Claim.Kind;
import caravan.claims.Claim.Subject;
import caravan.text.Country;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numeric claims of a text, sentence by sentence (ICU's sentence breaks, which do not end
 * a sentence at "тыс." or "млн."): changes in percent or "in N times" with a word of rise or fall,
 * amounts of money with their currency, volumes with their unit. A number without one of these (a
 * year, "33 года", a share without a change word) is no claim.
 */
final class ClaimFinder {
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern PERCENT = Pattern.compile("\\s*(?:%|процент\\p{L}*|per\\s?cent)", F);
  private static final Pattern TIMES_RU = Pattern.compile("\\s*раз[а]?(?!\\p{L})", F);
  private static final Pattern TIMES_EN = Pattern.compile("\\s*(?:times|-?fold)(?!\\p{L})", F);
  private static final Pattern BEFORE_TIMES_RU = Pattern.compile("(?:^|\\s)в\\s*$", F);
  private static final Pattern SCALE =
      Pattern.compile(
          "\\s*(млрд\\.?|миллиард\\p{L}*|млн\\.?|миллион\\p{L}*|тыс\\.?|тысяч\\p{L}*"
              + "|billion|bn|million|mln|mn|m|thousand|thsd|k)(?!\\p{L})",
          F);
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(
          "\\s*(?:US\\s*)?(долл(?:\\p{L}+|\\.)|\\$|USD|US\\s+dollars|dollars|евро|EUR|euros?|тенге|KZT"
              + "|tenge|риал\\p{L}*|rials?|IRR|рубл\\p{L}*|RUB|roubles?|rubles?|юан\\p{L}*|yuan|CNY)"
              + "(?!\\p{L})",
          F);
  private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|\\$|USD|€|EUR)\\s*$", F);
  private static final Pattern VOLUME =
      Pattern.compile(
          "\\s*(?:(?:metric\\s+)?(тонн\\p{L}*|т\\.?|tonnes?|tons?|Mt|TEU|ДФЭ|контейнер\\p{L}*"
              + "|containers?|вагон\\p{L}*|wagons?))(?!\\p{L})",
          F);
  private static final Pattern AT_LEAST =
      Pattern.compile(
          "(?:более|свыше|больше|превысил\\p{L}*|превышает|over|more\\s+than|above|exceed\\p{L}*"
              + "|in\\s+excess\\s+of)\\s+(?:чем\\s+)?(?:на\\s+|в\\s+|by\\s+)?(?:US\\$|\\$|€)?\\s*$",
          F);
  private static final Pattern AT_MOST =
      Pattern.compile(
          "(?:менее|меньше|under|less\\s+than|below)\\s+(?:чем\\s+)?(?:на\\s+|в\\s+|by\\s+)?(?:US\\$|\\$|€)?\\s*$",
          F);
  private static final Pattern ABOUT =
      Pattern.compile(
          "(?:почти|около|порядка|примерно|приблизительно|almost|nearly|about|around|approximately"
              + "|roughly|some)\\s+(?:на\\s+|в\\s+|by\\s+|to\\s+)?(?:US\\$|\\$|€)?\\s*$",
          F);

  private final Language lang;
  private final LocalDate textDate;
  private final Country a;
  private final Country b;
  private final java.util.function.Function<String, String> places;

  /** {@code places}: a corridor point's id for a name, or null (the function may be null). */
  ClaimFinder(
      Language lang,
      LocalDate textDate,
      Country a,
      Country b,
      java.util.function.Function<String, String> places) {
    this.lang = lang;
    this.textDate = textDate;
    this.a = a;
    this.b = b;
    this.places = places;
  }

  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}-]{3,}");

  /**
   * The corridor point named nearest the number ("порт Актау", "Aktau port"), trying each
   * capitalised word as written and without one or two final letters (a Russian case ending).
   */
  private String place(String s, int at) {
    if (places == null) return null;
    String found = null;
    int best = Integer.MAX_VALUE;
    Matcher m = NAME.matcher(s);
    while (m.find()) {
      int d = Math.abs(m.start() - at);
      if (d >= best) continue;
      String w = m.group();
      for (int cut = 0; cut <= 2 && w.length() - cut >= 4; cut++) {
        String id = places.apply(w.substring(0, w.length() - cut));
        if (id != null) {
          found = id;
          best = d;
          break;
        }
      }
    }
    return found;
  }

  List<Claim> find(String text) {
    List<Claim> out = new ArrayList<>();
    BreakIterator it =
        BreakIterator.getSentenceInstance(new ULocale(lang == Language.RU ? "ru" : "en"));
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      sentence(text.substring(start, end), start, out);
    }
    return out;
  }

  /** How far from its number a claim's words are read: a long "sentence" costs no more. */
  static final int WINDOW = 250;

  /** The most claims a text may have: a press text has a few dozen. */
  static final int MAX_CLAIMS = 1_000;

  private void sentence(String sentence, int sentenceOffset, List<Claim> out) {
    Matcher all = Numbers.pattern(lang).matcher(sentence);
    while (all.find()) {
      // the number's words: its sentence, or WINDOW characters either side of it in a long one
      int from0 = Math.max(0, all.start() - WINDOW);
      int to0 = Math.min(sentence.length(), all.end() + WINDOW);
      claim(sentence.substring(from0, to0), sentenceOffset + from0, all.start() - from0, out);
      if (out.size() > MAX_CLAIMS) {
        throw new ClaimException(
            422,
            caravan.text.Text.of("claim.error.tooManyClaims", MAX_CLAIMS),
            java.util.Map.of("max", MAX_CLAIMS));
      }
    }
  }

  private void claim(String s, int offset, int at, List<Claim> out) {
    List<Words.Word> words = Words.of(s, lang);
    Matcher n = Numbers.pattern(lang).matcher(s);
    if (!n.find(at) || n.start() != at) return;
    {
      BigDecimal number = Numbers.parse(n.group(1), lang);
      BigDecimal half = Numbers.halfStep(number);
      int from = n.start();
      int to = n.end();
      String before = s.substring(Math.max(0, from - 40), from);
      Kind kind;
      BigDecimal value;
      BigDecimal tolerance;
      String unit;
      Matcher m;
      if ((m = region(PERCENT, s, to)) != null) {
        Boolean rise = rises(words, from);
        if (rise == null) return; // a share or a rate, not a change
        kind = Kind.CHANGE;
        value = rise ? number : number.negate();
        tolerance = half;
        unit = "percent";
        to = m.end();
      } else if ((m = region(lang == Language.RU ? TIMES_RU : TIMES_EN, s, to)) != null
          && (lang == Language.EN || BEFORE_TIMES_RU.matcher(before).find())
          && number.compareTo(BigDecimal.ONE) > 0) {
        Boolean rise = rises(words, from);
        if (rise == null) return;
        kind = Kind.CHANGE;
        value = times(number, rise);
        tolerance = times(number.add(half), rise).subtract(value).abs();
        tolerance = tolerance.max(value.subtract(times(number.subtract(half), rise)).abs());
        unit = "percent";
        to = m.end();
      } else {
        Matcher scale = region(SCALE, s, to);
        int afterScale = scale == null ? to : scale.end();
        BigDecimal factor = scale == null ? BigDecimal.ONE : factor(scale.group(1));
        Matcher cur = region(CURRENCY_AFTER, s, afterScale);
        Matcher curBefore = CURRENCY_BEFORE.matcher(before);
        Matcher vol = region(VOLUME, s, afterScale);
        boolean signBefore = curBefore.find();
        if (cur != null || signBefore) {
          // "m" and "k" alone are a million and a thousand only after a currency sign ("$528m")
          if (scale != null && scale.group(1).matches("(?i)m|k") && !signBefore) return;
          kind = Kind.MONEY;
          String code = currency(cur != null ? cur.group(1) : curBefore.group(1));
          BigDecimal inMillions = factor.movePointLeft(6);
          value = number.multiply(inMillions).stripTrailingZeros();
          tolerance = half.multiply(inMillions).stripTrailingZeros();
          unit = code.equals("USD") ? "USD_million" : code;
          to = cur != null ? cur.end() : afterScale;
        } else if (vol != null) {
          String word = vol.group(1);
          boolean tonnes =
              word.toLowerCase(Locale.ROOT).matches("тонн\\p{L}*|т\\.?|tonnes?|tons?|mt");
          if (word.toLowerCase(Locale.ROOT).startsWith("т")
              && word.length() <= 2
              && scale == null) {
            return; // "5 т." without a scale is too often something else
          }
          if (word.equalsIgnoreCase("Mt")) factor = BigDecimal.valueOf(1_000_000);
          kind = Kind.VOLUME;
          value = number.multiply(factor).stripTrailingZeros();
          tolerance = half.multiply(factor).stripTrailingZeros();
          unit = tonnes ? "tonnes" : unitWord(word);
          to = vol.end();
        } else {
          return;
        }
      }
      Bound bound = bound(before);
      if (bound == Bound.ABOUT) {
        tolerance = tolerance.max(value.abs().multiply(new BigDecimal("0.05")));
      }
      Subject subject = subject(words, from, kind);
      String place = kind == Kind.MONEY ? null : place(s, from);
      if (place != null && subject == null) subject = Subject.FREIGHT;
      if (subject != Subject.FREIGHT) place = null;
      ClaimPeriod period = Periods.in(s, textDate, lang, n.start(), to).orElse(null);
      int start = offset + from;
      // a currency sign written before the number belongs to the claim's words
      Matcher sign = CURRENCY_BEFORE.matcher(before);
      if (kind == Kind.MONEY && sign.find()) start -= before.length() - sign.start();
      out.add(
          new Claim(
              start,
              offset + to,
              s.substring(start - offset, to),
              kind,
              plain(value),
              plain(tolerance),
              unit,
              bound,
              subject,
              direction(subject, s),
              period,
              place));
    }
  }

  /** 3000 rather than 3E+3, as the data writes it. */
  private static BigDecimal plain(BigDecimal v) {
    return new BigDecimal(v.stripTrailingZeros().toPlainString());
  }

  private static Matcher region(Pattern p, String s, int at) {
    Matcher m = p.matcher(s);
    m.region(at, s.length());
    return m.lookingAt() ? m : null;
  }

  /** A rise or fall named nearest the number in its sentence, null when none is named. */
  private Boolean rises(List<Words.Word> words, int at) {
    Boolean found = null;
    int best = Integer.MAX_VALUE;
    for (Words.Word w : words) {
      int d = Math.abs(w.start() - at);
      if (d >= best) continue;
      if (Words.falls(w, lang)) {
        found = false;
        best = d;
      } else if (Words.rises(w, lang)) {
        found = true;
        best = d;
      }
    }
    return found;
  }

  /** "In 1.5 times" as a change in percent: +50 %, or, for a fall, −33.3 %. */
  private static BigDecimal times(BigDecimal n, boolean rise) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    return rise
        ? n.subtract(BigDecimal.ONE).multiply(hundred)
        : BigDecimal.ONE
            .divide(n, MathContext.DECIMAL64)
            .subtract(BigDecimal.ONE)
            .multiply(hundred)
            .setScale(2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal factor(String scale) {
    String s = scale.toLowerCase(Locale.ROOT);
    if (s.startsWith("млрд") || s.startsWith("миллиард") || s.equals("billion") || s.equals("bn")) {
      return BigDecimal.valueOf(1_000_000_000);
    }
    if (s.startsWith("млн") || s.startsWith("миллион") || s.startsWith("m")) {
      return BigDecimal.valueOf(1_000_000);
    }
    return BigDecimal.valueOf(1_000);
  }

  private static String currency(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (w.startsWith("долл") || w.contains("$") || w.contains("usd") || w.contains("dollar")) {
      return "USD";
    }
    if (w.startsWith("евро") || w.startsWith("eur") || w.equals("€")) return "EUR";
    if (w.startsWith("тенге") || w.equals("kzt") || w.equals("tenge")) return "KZT";
    if (w.startsWith("риал") || w.startsWith("rial") || w.equals("irr")) return "IRR";
    if (w.startsWith("рубл") || w.startsWith("rub") || w.startsWith("roubl")) return "RUB";
    return "CNY";
  }

  private static String unitWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("teu") || w.equals("дфэ")) return "TEU";
    if (w.startsWith("контейнер") || w.startsWith("container")) return "containers";
    return "wagons";
  }

  private static Bound bound(String before) {
    if (AT_LEAST.matcher(before).find()) return Bound.AT_LEAST;
    if (AT_MOST.matcher(before).find()) return Bound.AT_MOST;
    if (ABOUT.matcher(before).find()) return Bound.ABOUT;
    return Bound.EXACT;
  }

  /**
   * The subject named nearest the number; an amount of money in a sentence that names a target
   * ("довести до 3 млрд", "a $3 billion target") is the target.
   */
  private Subject subject(List<Words.Word> words, int at, Kind kind) {
    Subject nearest = null;
    int best = Integer.MAX_VALUE;
    boolean target = false;
    for (Words.Word w : words) {
      Subject s = Words.subjectOf(w, lang);
      if (s == null) continue;
      if (s == Subject.TARGET) {
        target = true;
        continue;
      }
      int d = Math.abs(w.start() - at);
      if (d < best) {
        best = d;
        nearest = s;
      }
    }
    if (target && kind == Kind.MONEY) return Subject.TARGET;
    return nearest;
  }

  /**
   * Which way the goods or money moved, as the figures write it: exports go from the country named
   * first in the sentence to the other (from A to B when neither is named), imports the other way;
   * FDI goes from the investor, named first, to the host.
   */
  private String direction(Subject subject, String s) {
    if (subject == null
        || subject == Subject.TURNOVER
        || subject == Subject.TARGET
        || subject == Subject.FREIGHT) {
      return "total";
    }
    int ia = named(a, s);
    int ib = named(b, s);
    boolean aFirst = ia >= 0 && (ib < 0 || ia < ib);
    boolean bFirst = ib >= 0 && (ia < 0 || ib < ia);
    Country from;
    if (subject == Subject.IMPORTS) {
      // "Kazakhstan's imports from Iran": the importer is named first
      from = aFirst ? b : bFirst ? a : b;
    } else {
      from = bFirst ? b : a;
    }
    Country into = from == a ? b : a;
    return from.iso3() + "->" + into.iso3();
  }

  /** Where a country's name (its stem: the first five letters) first shows, or -1. */
  private static int named(Country c, String s) {
    String low = s.toLowerCase(Locale.ROOT);
    int best = -1;
    for (String name : List.of(c.nameEn(), c.nameRu())) {
      if (name == null || name.isBlank()) continue;
      String first = name.toLowerCase(Locale.ROOT).split("[\\s(,]+")[0];
      String stem = first.substring(0, Math.min(5, first.length()));
      int i = low.indexOf(stem);
      if (i >= 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  }
}
