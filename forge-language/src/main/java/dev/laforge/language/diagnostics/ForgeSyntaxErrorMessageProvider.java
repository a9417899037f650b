package dev.laforge.language.diagnostics;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Gives every parse error the stable code LF101 and a message without ANTLR jargon. */
public class ForgeSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
    SyntaxErrorMessage base = super.getSyntaxErrorMessage(context);
    return new SyntaxErrorMessage(humanize(base.getMessage()), DiagnosticCode.LF101.name());
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
    SyntaxErrorMessage base = super.getSyntaxErrorMessage(context);
    return new SyntaxErrorMessage(humanize(base.getMessage()), DiagnosticCode.LF101.name());
  }

  static String humanize(String message) {
    if (message == null) {
      return "syntax error";
    }
    String m = message.replace("no viable alternative at input", "unexpected input")
        .replace("extraneous input", "unexpected")
        .replace("mismatched input", "unexpected")
        .replace("RULE_ID", "a name")
        .replace("RULE_STRING", "a string")
        .replace("RULE_INT", "a number")
        .replace("RULE_REGEX", "a regular expression")
        .replace("RULE_ANY_OTHER", "an unknown character")
        .replace("<EOF>", "end of file");
    StringBuilder printable = new StringBuilder();
    m.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        printable.append(String.format("\\u%04X", c));
      } else {
        printable.appendCodePoint(c);
      }
    });
    return printable.toString();
  }
}
