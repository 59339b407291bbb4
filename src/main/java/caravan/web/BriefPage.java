package caravan.web;

import caravan.access.User;
import caravan.briefing.BriefingRequest;
import caravan.briefing.Note;
import caravan.briefing.Words;
import caravan.text.Messages;

/** What the briefing page shows: the note, the query that made it, and its download links. */
public record BriefPage(
    Messages m, Note note, BriefingRequest request, String query, User user, String csrf) {

  public Words w() {
    return note.words();
  }

  public String pairPath() {
    return request.a() + "-" + request.b();
  }

  /** The API's address for this note in {@code format} (pdf, md, html, json). */
  public String download(String format) {
    return "/api/v1/pairs/"
        + pairPath()
        + "/brief?lang="
        + request.lang()
        + "&date="
        + request.date()
        + "&digits="
        + request.digits().name().toLowerCase(java.util.Locale.ROOT)
        + "&format="
        + format;
  }

  /** This page in another language, the day kept (digits follow the language). */
  public String langHref(String lang) {
    return "/pairs/" + pairPath() + "/brief?lang=" + lang + "&date=" + request.date();
  }

  /** The language switch: this page, with its query, in each language (and the calendars). */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(m, langHref(m.lang()));
  }
}
