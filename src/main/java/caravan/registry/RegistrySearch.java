package caravan.registry;

import caravan.store.SearchIndex;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the registry's records in the search index: every text of a record (titles in each
 * language, names, notes, quotes of its sources) under its entity, so lists can be searched in
 * Russian, English and Persian and across scripts.
 */
final class RegistrySearch {
  static final int LIMIT = 500;

  private final SearchIndex index;

  RegistrySearch(SearchIndex index) {
    this.index = index;
  }

  <T extends RegistryRecord> void rebuild(Kind<T> k, List<T> records) {
    index.rebuild(k.entity, records.stream().map(r -> doc(k, r)).toList());
  }

  <T extends RegistryRecord> void put(Kind<T> k, T record) {
    index.put(doc(k, record));
  }

  void remove(Kind<?> k, String id) {
    index.remove(k.entity, id);
  }

  /** Ids of the records of {@code k} matching {@code text}, best first. */
  List<String> ids(Kind<?> k, String text) {
    return index.search(text, k.entity, LIMIT).stream().map(SearchIndex.Hit::id).toList();
  }

  List<SearchIndex.Hit> search(String text, int limit) {
    return index.search(text, null, limit);
  }

  private static <T extends RegistryRecord> SearchIndex.Doc doc(Kind<T> k, T record) {
    List<String> texts = new ArrayList<>();
    collect(RegistryStore.JSON.valueToTree(record), texts);
    return new SearchIndex.Doc(
        k.entity, record.id(), k.label.apply(record), String.join("\n", texts));
  }

  /** The words of the last path segment of {@code url} when it is a slug (words and hyphens). */
  static java.util.Optional<String> slug(String url) {
    String path = url.replaceFirst("^[a-z]+://[^/]*", "").replaceFirst("[?#].*$", "");
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String last = parts[i].replaceFirst("\\.[a-z]{2,5}$", "");
      if (last.isEmpty()) continue;
      return last.matches("[\\p{L}\\d]+([-_][\\p{L}\\d]+)+")
          ? java.util.Optional.of(last.replaceAll("[-_]", " "))
          : java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      // an address adds noise to a text search, except the words of an article's slug, which
      // name it, often in romanized Russian (…/vozobnovil-rabotu-kozhevennyy-zavod/)
      if (!node.asText().startsWith("http")) texts.add(node.asText());
      else slug(node.asText()).ifPresent(texts::add);
    } else {
      node.forEach(child -> collect(child, texts));
    }
  }
}
