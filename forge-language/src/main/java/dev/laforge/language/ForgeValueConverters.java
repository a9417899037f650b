package dev.laforge.language;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Value converters: residency zones and qualified names ignore whitespace between their parts. */
public class ForgeValueConverters extends DefaultTerminalConverters {

  @ValueConverter(rule = "Zone")
  public IValueConverter<String> zone() {
    return new NoWhitespace();
  }

  @ValueConverter(rule = "QualifiedName")
  public IValueConverter<String> qualifiedName() {
    return new NoWhitespace();
  }

  private static final class NoWhitespace extends AbstractNullSafeConverter<String> {
    @Override
    protected String internalToValue(String string, INode node) {
      return string.replaceAll("\\s+", "");
    }

    @Override
    protected String internalToString(String value) {
      return value;
    }
  }
}
