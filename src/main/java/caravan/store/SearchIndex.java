package caravan.store;

import caravan.text.CaravanException;
import caravan.text.Scripts;
import caravan.text.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over what people keep (registry records, heritage items): a Lucene index next to
 * the relational store, rebuilt from it at any time. Each text is analysed in Russian, English and
 * Persian (stemming, stop words) and folded across scripts (see {@link Scripts}), so a query in any
 * of them finds a record written in another.
 */
public final class SearchIndex implements AutoCloseable {
  /** A record to index: its kind (agreement, project…), id, display title and text. */
  public record Doc(String kind, String id, String title, String text) {}

  public record Hit(String kind, String id, String title, float score) {}

  private static final String[] LANG_FIELDS = {"ru", "en", "fa"};
  private static final String FOLD = "fold";

  /** The shortest stem searched as a prefix; a skeleton (consonants only) may be one shorter. */
  private static final int MIN_PREFIX = 4;

  private final Directory dir;
  private final Analyzer analyzer;
  private final IndexWriter writer;

  private SearchIndex(Directory dir) {
    this.dir = dir;
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            new EnglishAnalyzer(),
            Map.of(
                "ru",
                new RussianAnalyzer(),
                "en",
                new EnglishAnalyzer(),
                "fa",
                new PersianAnalyzer(),
                FOLD,
                new WhitespaceAnalyzer()));
    try {
      this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
      writer.commit();
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.search.open", String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  /** The index in {@code dir} (created if absent). */
  public static SearchIndex inDirectory(Path dir) {
    try {
      return new SearchIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.search.openIn", dir.toString(), String.valueOf(e.getMessage())),
          Map.of(),
          e);
    }
  }

  public static SearchIndex inMemory() {
    return new SearchIndex(new ByteBuffersDirectory());
  }

  /** Replaces every document of {@code kind} with {@code docs}, in one commit. */
  public synchronized void rebuild(String kind, List<Doc> docs) {
    try {
      writer.deleteDocuments(new Term("kind", kind));
      for (Doc d : docs) writer.addDocument(document(d));
      writer.commit();
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.search.write", String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  /** Adds or replaces one document. */
  public synchronized void put(Doc d) {
    try {
      writer.updateDocument(new Term("key", d.kind() + "/" + d.id()), document(d));
      writer.commit();
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.search.write", String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  public synchronized void remove(String kind, String id) {
    try {
      writer.deleteDocuments(new Term("key", kind + "/" + id));
      writer.commit();
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.search.write", String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  /** The best {@code limit} matches of {@code query}, of one kind or (null) of all. */
  public List<Hit> search(String query, String kind, int limit) {
    if (query == null || query.isBlank()) return List.of();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      any.add(
          new MultiFieldQueryParser(LANG_FIELDS, analyzer).parse(QueryParser.escape(query)),
          Occur.SHOULD);
      // Latin letters may be Russian typed in Latin (Kaspiyskoe): read them back into Cyrillic so
      // the Russian stemmer meets the record's own words
      String cyrillic = Scripts.toCyrillic(query);
      if (!cyrillic.equals(query.toLowerCase(java.util.Locale.ROOT))) {
        any.add(new QueryParser("ru", analyzer).parse(QueryParser.escape(cyrillic)), Occur.SHOULD);
      }
      // a stem is also the start of longer words (Каспий → касп…, Каспийское): weaker than a
      // whole stem, and only for stems long enough to say something
      for (String stem : stems("ru", query + " " + cyrillic)) {
        if (stem.length() >= MIN_PREFIX) {
          any.add(new BoostQuery(new PrefixQuery(new Term("ru", stem)), 0.5f), Occur.SHOULD);
        }
      }
      for (String w : Scripts.foldWords(query)) {
        String skeleton = Scripts.skeleton(w);
        any.add(new TermQuery(new Term(FOLD, w)), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(FOLD, "~" + skeleton)), 0.5f), Occur.SHOULD);
        if (skeleton.length() >= MIN_PREFIX - 1) {
          any.add(
              new BoostQuery(new PrefixQuery(new Term(FOLD, "~" + skeleton)), 0.25f), Occur.SHOULD);
        }
      }
      Query q = any.build();
      if (kind != null) {
        q =
            new BooleanQuery.Builder()
                .add(q, Occur.MUST)
                .add(new TermQuery(new Term("kind", kind)), Occur.FILTER)
                .build();
      }
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        hits.add(new Hit(d.get("kind"), d.get("id"), d.get("title"), sd.score));
      }
      return hits;
    } catch (ParseException e) {
      throw new CaravanException(
          Text.of("sto.search.query", query, String.valueOf(e.getMessage())),
          Map.of("field", "q", "value", query));
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.search.read", String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  /** The terms {@code field}'s analyzer makes of {@code text}, in order, without repeats. */
  private List<String> stems(String field, String text) throws IOException {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return List.copyOf(out);
  }

  private static Document document(Doc d) {
    Document doc = new Document();
    String all = d.title() + "\n" + (d.text() == null ? "" : d.text());
    doc.add(new StringField("kind", d.kind(), Field.Store.YES));
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    doc.add(new StringField("key", d.kind() + "/" + d.id(), Field.Store.NO));
    doc.add(new StoredField("title", d.title()));
    for (String lang : LANG_FIELDS) doc.add(new TextField(lang, all, Field.Store.NO));
    doc.add(new TextField(FOLD, Scripts.foldForIndex(all), Field.Store.NO));
    return doc;
  }

  @Override
  public void close() {
    try {
      writer.close();
      dir.close();
    } catch (IOException e) {
      // closing an index that is already gone releases nothing more
    }
  }
}
