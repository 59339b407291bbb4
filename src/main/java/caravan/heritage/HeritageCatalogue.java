package caravan.heritage;

import caravan.registry.AuditEntry;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The heritage catalogue (DESIGN §2 Heritage): its items, kept in the registry's store (so edited
 * through its users, roles, optimistic locking and audit log), searched across scripts with facets,
 * and imported from a file all or nothing.
 */
public final class HeritageCatalogue {
  private final RegistryService registry;
  private final Map<String, List<String>> variants = NameVariants.shipped();
  // the index and the items (id and version) it was built from: rebuilt when they change
  private volatile HeritageSearch search;
  private volatile List<String> indexed = List.of();

  public HeritageCatalogue(RegistryService registry) {
    this.registry = registry;
  }

  /** What a search found: the items, best first, and each facet's values among them. */
  public record Result(List<HeritageItem> items, Map<Facet, Map<String, Integer>> facets) {}

  /**
   * Items matching {@code text} in any script (every word must match; blank: every item), within
   * the facet values {@code filters} names, best first: an exact title first.
   */
  public Result search(String text, Map<Facet, String> filters) {
    HeritageSearch.Found f = index().search(text, filters);
    return new Result(f.items(), f.facets());
  }

  /** Every item, in id order. */
  public List<HeritageItem> items() {
    return registry.list(HeritageItem.class, RegistryFilter.ALL);
  }

  /** The item {@code id}; a {@link caravan.text.NotFoundException} when there is none. */
  public HeritageItem item(String id) {
    return registry.get(HeritageItem.class, id);
  }

  /** Who changed the item, when, and how, oldest first. */
  public List<AuditEntry> history(String id) {
    return registry.audit(HeritageItem.class, id);
  }

  public List<HeritageCollection> collections() {
    return Collections.all();
  }

  /**
   * Imports the CSV file {@code file} all or nothing, its image files looked for under {@code
   * dataDir}; see {@link HeritageImport}. Returns how many items were written.
   */
  public int importFile(Path file, Path dataDir, String user) {
    return new HeritageImport(registry).run(file, dataDir, user);
  }

  private HeritageSearch index() {
    List<HeritageItem> all = items();
    List<String> now = all.stream().map(i -> i.id() + "@" + i.version()).toList();
    synchronized (this) {
      if (search == null || !now.equals(indexed)) {
        search = new HeritageSearch(all, variants);
        indexed = now;
      }
      return search;
    }
  }
}
