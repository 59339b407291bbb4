package caravan.registry;

import java.util.List;

/**
 * A record type another feature keeps in the registry's store (the heritage catalogue's items): the
 * registry gives it its users, roles, optimistic locking, audit log, search, forms and exports
 * without knowing the feature, which offers this through {@link java.util.ServiceLoader} (a file
 * {@code META-INF/services/caravan.registry.RecordType}). Features depend on the registry, never
 * the reverse.
 */
public interface RecordType<T extends RegistryRecord> {
  Class<T> type();

  /** The entity's name in the audit log and links ({@code heritage_item}). */
  String entity();

  /** Its table: the columns of every registry table (V2), no others. */
  String table();

  /** The prefix of its ids ({@code HER}). */
  String prefix();

  /** Its name in exports and the CLI ({@code heritage-item}) and its JSON key. */
  String exportName();

  String exportKey();

  /** The text a filter without the search index matches, and the list's label. */
  String label(T record);

  /** The kind filter's value, or null. */
  String kind(T record);

  /** Its fields as forms, lists, CSV and the API describe them. */
  List<RecordField> fields();

  /** The data files its shipped records come from (under data/), for the registry's mark. */
  List<String> shippedFiles();

  /** Its shipped records, every one of {@code home} unless it names its pair. */
  List<T> shipped(Pair home);
}
