package caravan.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stated figure as the audit log keeps it: a JSON object in the CSV's column names. */
final class FigureJson {
  private FigureJson() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static String of(StatedFigure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("pair_a", f.pairA());
    m.put("pair_b", f.pairB());
    m.put("indicator", f.indicator());
    m.put("direction", f.direction());
    m.put("period", f.period() == null ? null : f.period().label());
    m.put("period_start", f.period() == null ? null : f.period().start().toString());
    m.put("period_end", f.period() == null ? null : f.period().end().toString());
    m.put("value_low", f.valueLow() == null ? null : f.valueLow().toPlainString());
    m.put("value_high", f.valueHigh() == null ? null : f.valueHigh().toPlainString());
    m.put("unit", f.unit());
    m.put("basis", f.basis());
    m.put("reported_by", f.reportedBy());
    m.put("source_url", f.sourceUrl());
    m.put("source_date", f.sourceDate() == null ? null : f.sourceDate().toString());
    m.put("quote", f.quote());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stated figure always writes as JSON", e);
    }
  }
}
