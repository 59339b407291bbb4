package caravan.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The record types other features offer (see {@link RecordType}), found once. */
final class RecordTypes {
  private RecordTypes() {}

  static final List<RecordType<?>> OFFERED = load();

  private static List<RecordType<?>> load() {
    List<RecordType<?>> all = new ArrayList<>();
    for (RecordType<?> t :
        ServiceLoader.load(RecordType.class, RecordTypes.class.getClassLoader())) {
      all.add(t);
    }
    return List.copyOf(all);
  }
}
