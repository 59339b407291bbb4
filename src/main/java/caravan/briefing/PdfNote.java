package caravan.briefing;

import caravan.text.CaravanException;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The note as PDF (openhtmltopdf over PDFBox, DESIGN.md §4): the XHTML page laid out with ICU's
 * bidi splitter and reorderer, so Persian runs right to left with its letters joined, and the
 * shipped fonts embedded (subsets): DejaVu Sans for Latin, Cyrillic and the Kazakh letters,
 * Vazirmatn for Persian (see resources/fonts/PROVENANCE.md).
 */
final class PdfNote {
  private PdfNote() {}

  private static final String[][] FONTS = {
    {"DejaVu Sans", "DejaVuSans.ttf", "400"},
    {"DejaVu Sans", "DejaVuSans-Bold.ttf", "700"},
    {"Vazirmatn", "Vazirmatn-Regular.ttf", "400"},
    {"Vazirmatn", "Vazirmatn-Bold.ttf", "700"},
  };

  static {
    // the renderer's own progress lines would go to the terminal of every `caravan brief`
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  static byte[] write(Note n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
      b.useUnicodeBidiReorderer(new ICUBidiReorderer());
      b.defaultTextDirection(
          n.rtl() ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
      for (String[] f : FONTS) {
        b.useFont(
            () -> font(f[1]),
            f[0],
            Integer.parseInt(f[2]),
            BaseRendererBuilder.FontStyle.NORMAL,
            true);
      }
      b.withHtmlContent(HtmlNote.page(n), null);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of("brief.error.pdf", String.valueOf(e.getMessage())),
          java.util.Map.of());
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream in = PdfNote.class.getResourceAsStream("/fonts/" + file);
    if (in == null) throw new UncheckedIOException(new IOException("missing font " + file));
    return in;
  }
}
