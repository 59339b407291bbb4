package caravan.web;

import static caravan.web.FormFields.input;
import static caravan.web.FormFields.plain;
import static caravan.web.FormFields.text;

import caravan.registry.Indicator;
import caravan.registry.PartialDate;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indicator form: indicator code, title, unit, aggregation, baseline and its year, target and
 * its year, the stated figure it links to, actuals (one a line: {@code period value source-url},
 * optionally followed by the source's date and a quote), notes and sources.
 */
final class IndicatorForm implements RegistryForm.Spec<Indicator> {
  static final IndicatorForm INSTANCE = new IndicatorForm();

  @Override
  public Class<Indicator> type() {
    return Indicator.class;
  }

  @Override
  public Map<String, String> values(Indicator i) {
    Map<String, String> v = FormFields.values();
    v.put("indicator", text(i.indicator()));
    v.put("title", text(i.title()));
    v.put("unit", text(i.unit()));
    v.put("aggregation", i.aggregation() == null ? "" : i.aggregation().name());
    v.put("baseline", plain(i.baseline()));
    v.put("baselineYear", text(i.baselineYear()));
    v.put("target", plain(i.target()));
    v.put("targetYear", text(i.targetYear()));
    v.put("figureId", text(i.figureId()));
    v.put(
        "actuals", RegistryForm.joinLines(i.actuals().stream().map(IndicatorForm::line).toList()));
    v.put("notes", text(i.notes()));
    return v;
  }

  @Override
  public Indicator read(Map<String, String> v, List<Source> sources, List<String> problems) {
    return new Indicator(
        null,
        0,
        v.get("indicator"),
        v.get("title"),
        v.get("unit"),
        RegistryForm.choice(
            "aggregation", Indicator.Aggregation.class, v.get("aggregation"), problems),
        FormFields.decimal("baseline", v.get("baseline"), problems),
        RegistryForm.number("baselineYear", v.get("baselineYear"), problems),
        FormFields.decimal("target", v.get("target"), problems),
        RegistryForm.number("targetYear", v.get("targetYear"), problems),
        v.get("figureId"),
        actuals(v.get("actuals"), problems),
        v.get("notes"),
        sources);
  }

  /**
   * {@code period value [url [date [quote]]]}: {@code -} stands for no URL and {@code ?} for no
   * date when a later part follows.
   */
  static String line(Indicator.Actual a) {
    StringBuilder b = new StringBuilder(a.period() + " " + plain(a.value()));
    Source s = a.source();
    if (s != null && (s.url() != null || s.date() != null || s.quote() != null)) {
      b.append(' ').append(s.url() == null ? "-" : s.url());
      if (s.date() != null || s.quote() != null) {
        b.append(' ').append(FormFields.dateNote(s.date(), s.quote()));
      }
    }
    return b.toString();
  }

  static List<Indicator.Actual> actuals(String text, List<String> problems) {
    List<Indicator.Actual> out = new ArrayList<>();
    List<String> lines = RegistryForm.lines(text, false);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] t = line.split("\\s+", 4);
      if (t.length < 2) {
        problems.add(
            FormFields.lineProblem(
                "actuals",
                i,
                line,
                "use 'period value source-url', such as '2024 2500000000"
                    + " https://example.org/stats'"));
        continue;
      }
      boolean[] ok = {true};
      PartialDate period = null;
      if (t[0].equals("?") || t[0].equals("-")) {
        ok[0] = false;
        problems.add(FormFields.lineProblem("actuals", i, line, "the period is missing"));
      } else {
        period = FormFields.lineDate("actuals", i, line, t[0], problems, ok);
      }
      List<String> bad = new ArrayList<>();
      BigDecimal value = FormFields.decimal("value", t[1], bad);
      for (String b : bad) {
        ok[0] = false;
        problems.add(FormFields.lineProblem("actuals", i, line, b));
      }
      String url = t.length > 2 && !t[2].equals("-") && !t[2].equals("?") ? t[2] : null;
      FormFields.DateNote dn =
          FormFields.dateNote("actuals", i, line, t.length > 3 ? t[3] : null, problems, ok);
      Source source =
          url == null && dn.date() == null && dn.note() == null
              ? null
              : new Source(url, dn.date(), dn.note());
      if (ok[0]) out.add(new Indicator.Actual(period, value, source));
    }
    return out;
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        input(page, "indicator", "text", v, p),
        input(page, "title", "text", v, p),
        input(page, "unit", "text", v, p),
        input(
            page,
            "aggregation",
            "select",
            v,
            p,
            FormFields.options(page, Indicator.Aggregation.class, v.get("aggregation"))),
        input(page, "baseline", "text", v, p),
        input(page, "baselineYear", "number", v, p),
        input(page, "target", "text", v, p),
        input(page, "targetYear", "number", v, p),
        input(page, "figureId", "text", v, p),
        input(page, "actuals", "textarea", v, p),
        input(page, "notes", "textarea", v, p));
  }
}
