package caravan.trade;

import caravan.figures.FiguresService;
import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import caravan.text.Country;

/**
 * The bilateral profile of a pair (DESIGN.md §2 "Indicators"), on imported product flows or on
 * stated figures. The face of the trade feature for readers; imports go through ImportService.
 */
public final class ProfileService {
  private final Countries countries;
  private final FlowsProfile flows;
  private final StatedProfile stated;
  private final FlowQuery query;

  public ProfileService(AnalyticsStore store, Countries countries, FiguresService figures) {
    this.countries = countries;
    TargetView targets = new TargetView(figures);
    this.query = new FlowQuery(store, new BaciCodes(countries));
    this.flows =
        new FlowsProfile(query, new BasketView(new HsNomenclature(), new SectorMap()), targets);
    this.stated = new StatedProfile(figures, targets);
  }

  /** Whether any product flow between the two countries is imported. */
  public boolean hasFlows(String a, String b) {
    return query.any(a, b);
  }

  public Profile profile(ProfileRequest request) {
    Country a = countries.require(request.a());
    Country b = countries.require(request.b());
    Profile.Pair pair = new Profile.Pair(a.iso3(), b.iso3(), a.nameEn(), b.nameEn());
    if (request.basis() == ProfileRequest.Basis.FLOWS && request.solarHijri()) {
      String what = request.iranianPeriod() != null ? request.iranianPeriod().label() : "SH";
      throw new caravan.text.InvalidValueException(
          caravan.text.Messages.of("en").get("missing.flowsIranianPeriod", what),
          java.util.Map.of("field", "period", "value", what));
    }
    return switch (request.basis()) {
      case FLOWS -> flows.build(request, pair);
      case STATED -> stated.build(request, pair);
    };
  }
}
