package caravan.heritage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The catalogue's search: one Lucene index in memory over every item, all its text folded to the
 * common Latin key ({@link HeritageAnalyzer}), with the facets as plain terms. Every word of a
 * query must match (or begin a word, from four letters on); an item whose title is the query
 * exactly comes first, then items whose titles hold its words, then the rest by relevance.
 */
final class HeritageSearch {
  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String TITLE = "title";
  private static final String EXACT = "exact";
  private static final int MIN_PREFIX = 4;

  private final Analyzer analyzer;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final Map<String, HeritageItem> items = new LinkedHashMap<>();

  HeritageSearch(List<HeritageItem> all, Map<String, List<String>> variants) {
    this.analyzer = new HeritageAnalyzer(variants);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (HeritageItem i : all) {
        items.put(i.id(), i);
        w.addDocument(document(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the heritage index", e);
    }
  }

  /** One search: the items found, best first, and the facet values among them with counts. */
  record Found(List<HeritageItem> items, Map<Facet, Map<String, Integer>> facets) {}

  Found search(String text, Map<Facet, String> filters) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    List<String> words = text == null ? List.of() : NameVariants.fold(analyzer, text);
    boolean ranked = !words.isEmpty();
    if (!ranked) q.add(new MatchAllDocsQuery(), Occur.MUST);
    for (String w : words) {
      BooleanQuery.Builder word = new BooleanQuery.Builder();
      word.add(new TermQuery(new Term(TEXT, w)), Occur.SHOULD);
      word.add(new BoostQuery(new TermQuery(new Term(TITLE, w)), 3f), Occur.SHOULD);
      if (w.length() >= MIN_PREFIX) {
        word.add(new BoostQuery(new PrefixQuery(new Term(TEXT, w)), 0.5f), Occur.SHOULD);
      }
      q.add(word.build(), Occur.MUST);
    }
    if (ranked) {
      Query exact = new ConstantScoreQuery(new TermQuery(new Term(EXACT, String.join(" ", words))));
      q.add(new BoostQuery(exact, 1000f), Occur.SHOULD);
    }
    filters.forEach((f, v) -> q.add(new TermQuery(new Term(f.param(), v)), Occur.FILTER));
    List<HeritageItem> found = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int n = Math.max(1, items.size());
      ScoreDoc[] hits =
          ranked
              ? searcher.search(q.build(), n).scoreDocs
              : searcher.search(q.build(), n, new Sort(new SortField(ID, SortField.Type.STRING)))
                  .scoreDocs;
      for (ScoreDoc h : hits) found.add(items.get(searcher.storedFields().document(h.doc).get(ID)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the heritage index", e);
    }
    Map<Facet, Map<String, Integer>> facets = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      Map<String, Integer> counts = new java.util.TreeMap<>();
      for (HeritageItem i : found) for (String v : f.values(i)) counts.merge(v, 1, Integer::sum);
      facets.put(f, counts);
    }
    return new Found(found, facets);
  }

  private Document document(HeritageItem i) {
    Document d = new Document();
    d.add(new StringField(ID, i.id(), Field.Store.YES));
    d.add(
        new org.apache.lucene.document.SortedDocValuesField(
            ID, new org.apache.lucene.util.BytesRef(i.id())));
    for (String t : i.titles()) {
      d.add(new TextField(TITLE, t, Field.Store.NO));
      d.add(
          new StringField(EXACT, String.join(" ", NameVariants.fold(analyzer, t)), Field.Store.NO));
    }
    for (String t : text(i)) d.add(new TextField(TEXT, t, Field.Store.NO));
    for (Facet f : Facet.values()) {
      for (String v : f.values(i)) d.add(new StringField(f.param(), v, Field.Store.NO));
    }
    return d;
  }

  /** Everything a reader may search by: titles, names, places, wording, the sources' quotes. */
  private static List<String> text(HeritageItem i) {
    List<String> t = new ArrayList<>(i.titles());
    for (String s :
        new String[] {
          i.author(),
          i.kind(),
          i.period(),
          i.date() == null ? null : i.date().text(),
          i.language(),
          i.script(),
          i.holder(),
          i.shelfmark(),
          i.material(),
          i.description(),
          i.provenance(),
          i.notes()
        }) {
      if (s != null) t.add(s);
    }
    i.sources().forEach(s -> t.add(s.quote() == null ? "" : s.quote()));
    i.collectionIds()
        .forEach(c -> Collections.byId(c).ifPresent(col -> t.addAll(col.names().values())));
    return t;
  }
}
