package dev.laforge.language.ide.symbols;

import com.google.inject.Inject;
import java.util.Arrays;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.XtextResource;

/** LSP locations and ranges of offsets in parsed .forge files (UTF-16 columns, as LSP counts). */
public class Locations {

  @Inject private UriExtensions uris;

  /** The URI of a file as the client names it. */
  public String uri(XtextResource resource) {
    return uris.toUriString(resource.getURI());
  }

  public Location location(Occurrence o) {
    return new Location(uri(o.resource()), range(o));
  }

  public Range range(Occurrence o) {
    return range(o.resource(), o.offset(), o.endOffset());
  }

  public Range range(XtextResource resource, int start, int end) {
    Lines lines = Lines.of(text(resource));
    return new Range(lines.position(start), lines.position(end));
  }

  /** The text the resource was parsed from. */
  public static String text(XtextResource resource) {
    var parse = resource.getParseResult();
    return parse == null || parse.getRootNode() == null ? "" : parse.getRootNode().getText();
  }

  /** Line starts of a text, to turn offsets into positions. */
  public static final class Lines {
    private final int[] starts;
    private final int length;

    private Lines(int[] starts, int length) {
      this.starts = starts;
      this.length = length;
    }

    public static Lines of(String text) {
      int[] starts = new int[16];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      return new Lines(Arrays.copyOf(starts, n), text.length());
    }

    public Position position(int offset) {
      int clamped = Math.max(0, Math.min(offset, length));
      int line = Arrays.binarySearch(starts, clamped);
      if (line < 0) {
        line = -line - 2;
      }
      return new Position(line, clamped - starts[line]);
    }

    public int line(int offset) {
      return position(offset).getLine();
    }
  }
}
