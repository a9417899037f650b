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

  /** {@code ^model} escapes a keyword; the name itself is {@code model}. */
  @ValueConverter(rule = "ValidID")
  public IValueConverter<String> validId() {
    return new AbstractNullSafeConverter<>() {
      @Override
      protected String internalToValue(String string, INode node) {
        return string.startsWith("^") ? string.substring(1) : string;
      }

      @Override
      protected String internalToString(String value) {
        return value;
      }
    };
  }

  @ValueConverter(rule = "Number")
  public IValueConverter<java.math.BigDecimal> number() {
    return new DecimalConverter();
  }

  @ValueConverter(rule = "SignedNumber")
  public IValueConverter<java.math.BigDecimal> signedNumber() {
    return new DecimalConverter();
  }

  @Override
  @ValueConverter(rule = "INT")
  public IValueConverter<Integer> INT() {
    return new AbstractNullSafeConverter<>() {
      @Override
      protected Integer internalToValue(String string, INode node) {
        try {
          return Integer.valueOf(string);
        } catch (NumberFormatException e) {
          throw new org.eclipse.xtext.conversion.ValueConverterException(
              "number " + string + " is too large (at most " + Integer.MAX_VALUE + ")", node, null);
        }
      }

      @Override
      protected String internalToString(Integer value) {
        return value.toString();
      }
    };
  }

  private static final class DecimalConverter extends AbstractNullSafeConverter<java.math.BigDecimal> {
    @Override
    protected java.math.BigDecimal internalToValue(String string, INode node) {
      String compact = string.replaceAll("\\s+", "");
      try {
        return new java.math.BigDecimal(compact);
      } catch (NumberFormatException e) {
        throw new org.eclipse.xtext.conversion.ValueConverterException("`" + string.strip() + "` is not a number", node, null);
      }
    }

    @Override
    protected String internalToString(java.math.BigDecimal value) {
      return value.toPlainString();
    }
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
