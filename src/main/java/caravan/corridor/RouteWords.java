package caravan.corridor;

import caravan.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentences of a route answer as sentences of the bundles, and the answer worded in one
 * language: the API and the CLI give their reader the reasons, the estimates, the capacity lines,
 * why another corridor loses and how each figure was reached in the reader's language. A step's
 * {@code what} ("leg", "port call") stays as the planner names it: it is the step's code.
 */
public final class RouteWords {
  private RouteWords() {}

  /** The answer with its sentences in {@code lang}; its figures and codes unchanged. */
  public static RouteAnswer in(RouteAnswer a, String lang) {
    List<RouteAnswer.Reason> codes =
        a.reasonCodes().stream()
            .map(r -> new RouteAnswer.Reason(r.code(), r.args(), reason(r).in(lang)))
            .toList();
    List<RouteAnswer.Alternative> alternatives =
        a.alternatives().stream()
            .map(
                x ->
                    new RouteAnswer.Alternative(
                        x.entry(), in(x.route(), lang), x.beatenBy(), why(x).in(lang)))
            .toList();
    List<String> reasons =
        a.reasonCodes().size() == a.reasons().size()
            ? codes.stream().map(RouteAnswer.Reason::text).toList()
            : a.reasons();
    return new RouteAnswer(
        a.query(),
        a.routes().stream().map(r -> in(r, lang)).toList(),
        reasons,
        alternatives,
        a.whatIf(),
        codes);
  }

  static RouteAnswer.Route in(RouteAnswer.Route r, String lang) {
    List<RouteAnswer.Step> steps =
        r.steps().stream()
            .map(
                s ->
                    new RouteAnswer.Step(
                        s.what(),
                        s.from(),
                        s.to(),
                        s.mode(),
                        s.link(),
                        in(s.hours(), lang),
                        in(s.usd(), lang),
                        in(s.km(), lang)))
            .toList();
    return new RouteAnswer.Route(
        steps,
        r.hours(),
        r.usd(),
        r.transshipments(),
        r.crossings(),
        gaugeBreaks(r.steps()).stream().map(t -> t.in(lang)).toList(),
        estimates(r.steps()).stream().map(t -> t.in(lang)).toList(),
        r.uses().stream().map(u -> capacity(u).in(lang)).toList(),
        r.uses());
  }

  private static Measure in(Measure m, String lang) {
    return m == null ? null : new Measure(m.value(), m.basis(), m.text().in(lang), m.text());
  }

  /** All the reasons of an answer as one sentence, "; " between them. */
  public static Text reasons(RouteAnswer a) {
    Text out = null;
    for (RouteAnswer.Reason r : a.reasonCodes()) {
      out = out == null ? reason(r) : Text.of("cor.join", out, reason(r));
    }
    return out != null ? out : Text.literal(String.join("; ", a.reasons()));
  }

  /** Why there is no route (or the list may be short). */
  public static Text reason(RouteAnswer.Reason r) {
    return Text.of("cor.reason." + r.code(), r.args().toArray());
  }

  /** Which Pareto route beats another corridor, or that it is the quickest through its way. */
  public static Text why(RouteAnswer.Alternative a) {
    return a.beatenBy() == 0
        ? Text.of("cor.alt.through", a.entry())
        : Text.of("cor.alt.beatenBy", String.valueOf(a.beatenBy()));
  }

  /** A step's kind in words ("port call", "border crossing KAZ→TKM", the countries as codes). */
  public static Text step(String what) {
    if (what.startsWith("border crossing ")) {
      return Text.of("cor.step.border", what.substring("border crossing ".length()));
    }
    return Text.of("cor.step." + what.replace(' ', '_'));
  }

  /** The gauge breaks and transshipments of the steps: "FROM–TO: bogie exchange". */
  public static List<Text> gaugeBreaks(List<RouteAnswer.Step> steps) {
    List<Text> out = new ArrayList<>();
    for (RouteAnswer.Step s : steps) {
      if (s.what().equals("bogie exchange") || s.what().equals("transshipment"))
        out.add(Text.of("cor.route.break", s.from(), s.to(), step(s.what())));
    }
    return out;
  }

  /** Every estimated figure of the steps with how it was reached, once each, in route order. */
  public static List<Text> estimates(List<RouteAnswer.Step> steps) {
    Set<Text> out = new LinkedHashSet<>();
    for (RouteAnswer.Step s : steps) {
      for (Measure m : List.of(s.hours(), s.usd(), s.km())) {
        if (m.isEstimate())
          out.add(
              Text.of(
                  "lang.how.estimateLine",
                  String.valueOf(s.link()),
                  s.from(),
                  s.to(),
                  step(s.what()),
                  m.text()));
      }
    }
    return new ArrayList<>(out);
  }

  /** A point's use of its stated capacity, "NEAR CAPACITY" at or above the threshold. */
  public static Text capacity(RouteAnswer.Use u) {
    Measure m = u.utilisation();
    return Text.of(
        "cor.route.capacity",
        Text.of(
            m.value() >= Volumes.NEAR_CAPACITY_PCT ? "corr.page.useNear" : "corr.page.use",
            u.point(),
            String.format(Locale.ROOT, "%.0f", m.value()),
            m.isEstimate() ? Text.of("corr.page.useEstimate") : Text.literal("")),
        m.text());
  }
}
