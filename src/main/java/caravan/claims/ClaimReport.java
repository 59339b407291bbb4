package caravan.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of one text and their verdicts, for the pair {@code a}–{@code b}. {@code date} is what
 * "this year" means in it, and {@code dateFrom} says where it was taken from: {@code option} (given
 * by the user), {@code text} (the first date written in it) or {@code today}.
 */
public record ClaimReport(
    String a, String b, String language, LocalDate date, String dateFrom, List<Verdict> verdicts) {

  public ClaimReport {
    verdicts = List.copyOf(verdicts);
  }

  public long count(Verdict.Outcome o) {
    return verdicts.stream().filter(v -> v.outcome() == o).count();
  }
}
