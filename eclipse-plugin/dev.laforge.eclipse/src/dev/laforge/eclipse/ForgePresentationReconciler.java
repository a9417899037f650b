package dev.laforge.eclipse;

import java.util.List;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Syntax colouring of .forge files: keywords, types, modifiers, strings, numbers and comments. It
 * is lexical (instant, no server round trip); what a name denotes is the server's business.
 */
public final class ForgePresentationReconciler extends PresentationReconciler {

    /** Declaration and statement keywords. */
    static final List<String> KEYWORDS = List.of("model", "enum", "roles", "claims", "policy", "permissions", "hook",
        "extend", "if", "else", "let", "return", "reject", "true", "false", "null", "user", "record");
    /** Built-in field types and relation kinds. */
    static final List<String> TYPES = List.of("uuid", "string", "text", "integer", "int", "bigint", "decimal", "float",
        "boolean", "date", "datetime", "json", "jsonb", "belongsTo", "hasMany", "manyToMany");
    /** Field and model modifiers. */
    static final List<String> MODIFIERS = List.of("pk", "tenant", "unique", "optional", "pii", "secret", "residency",
        "default", "column", "renamedFrom", "length", "min", "max", "pattern", "email", "onDelete", "table", "index");

    /** Creates the reconciler with the .forge scanner for the whole document. */
    public ForgePresentationReconciler() {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner());
        setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
    }

    private static RuleBasedScanner scanner() {
        IToken keyword = token(new Color(127, 0, 85), SWT.BOLD);
        IToken type = token(new Color(0, 80, 160), SWT.BOLD);
        IToken modifier = token(new Color(100, 70, 150), SWT.NORMAL);
        IToken string = token(new Color(42, 0, 255), SWT.NORMAL);
        IToken comment = token(new Color(63, 127, 95), SWT.NORMAL);
        IToken number = token(new Color(125, 80, 0), SWT.NORMAL);
        WordRule words = new WordRule(new NameDetector(), Token.UNDEFINED);
        KEYWORDS.forEach(word -> words.addWord(word, keyword));
        TYPES.forEach(word -> words.addWord(word, type));
        MODIFIERS.forEach(word -> words.addWord(word, modifier));
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setRules(new IRule[] {
            new EndOfLineRule("//", comment),
            new MultiLineRule("/*", "*/", comment, (char) 0, true),
            new SingleLineRule("\"", "\"", string, '\\'),
            new SingleLineRule("'", "'", string, '\\'),
            new NumberRule(number),
            words,
        });
        return scanner;
    }

    private static IToken token(Color color, int style) {
        return new Token(new TextAttribute(color, null, style));
    }

    /** Names: a letter or {@code _}, then letters, digits and {@code _}. */
    private static final class NameDetector implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        @Override
        public boolean isWordPart(char c) {
            return WordRegions.isNamePart(c);
        }
    }
}
