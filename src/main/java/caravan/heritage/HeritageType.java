package caravan.heritage;

import static caravan.registry.RecordField.Type.IDS;
import static caravan.registry.RecordField.Type.LIST;
import static caravan.registry.RecordField.Type.LONG_TEXT;
import static caravan.registry.RecordField.Type.TEXT;

import caravan.registry.Pair;
import caravan.registry.RecordField;
import caravan.registry.RecordType;
import java.util.List;

/**
 * Heritage items as a kind of the registry's store (offered through ServiceLoader, so that the
 * registry need not know this package): table {@code heritage_item}, ids {@code HER-…}, the fields
 * its forms, lists, CSV and API show.
 */
public final class HeritageType implements RecordType<HeritageItem> {
  @Override
  public Class<HeritageItem> type() {
    return HeritageItem.class;
  }

  @Override
  public String entity() {
    return "heritage_item";
  }

  @Override
  public String table() {
    return "heritage_item";
  }

  @Override
  public String prefix() {
    return "HER";
  }

  @Override
  public String exportName() {
    return "heritage-item";
  }

  @Override
  public String exportKey() {
    return "heritageItems";
  }

  @Override
  public String label(HeritageItem r) {
    return String.join(" ", r.titles());
  }

  @Override
  public String kind(HeritageItem r) {
    return r.kind();
  }

  @Override
  public List<RecordField> fields() {
    return List.of(
        RecordField.of("title", TEXT).needed().inLists(),
        RecordField.of("titleOriginal", TEXT),
        RecordField.of("titleTransliterated", TEXT),
        RecordField.of("titleKk", TEXT),
        RecordField.of("titleRu", TEXT),
        RecordField.derived("originalTitle", List.of(), r -> ((HeritageItem) r).ownTitle()),
        RecordField.of("author", TEXT),
        RecordField.of("authorViaf", TEXT),
        RecordField.of("authorWikidata", TEXT),
        RecordField.of("kind", TEXT).needed(),
        RecordField.of("period", TEXT),
        RecordField.of("date", TEXT).listedAs(r -> ((HeritageItem) r).dateText()),
        RecordField.of("language", TEXT),
        RecordField.of("script", TEXT),
        RecordField.of("holder", TEXT).needed().inLists(),
        RecordField.of("shelfmark", TEXT),
        RecordField.of("folios", TEXT),
        RecordField.of("material", TEXT),
        RecordField.of("description", LONG_TEXT),
        RecordField.of("provenance", LONG_TEXT),
        RecordField.of("agreementIds", IDS),
        RecordField.of("eventIds", IDS),
        RecordField.of("rights", TEXT),
        RecordField.of("images", LIST),
        RecordField.of("collectionIds", LIST),
        RecordField.of("notes", LONG_TEXT));
  }

  @Override
  public List<String> shippedFiles() {
    return List.of(HeritageCsv.SHIPPED, Collections.FILE);
  }

  @Override
  public List<HeritageItem> shipped(Pair home) {
    return HeritageCsv.shipped(home);
  }
}
