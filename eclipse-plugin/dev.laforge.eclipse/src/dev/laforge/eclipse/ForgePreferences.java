package dev.laforge.eclipse;

import com.google.gson.JsonObject;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** The plugin's preferences (Java path, dialect, generate on save) and their defaults. */
public final class ForgePreferences extends AbstractPreferenceInitializer {

    /** The java executable that runs the language server; empty means the JVM running Eclipse. */
    public static final String JAVA_PATH = "javaPath";
    /** The SQL dialect of hovers and the generated-SQL view; empty means the project's first dialect. */
    public static final String DIALECT = "dialect";
    /** Whether saving a .forge file runs the generators. */
    public static final String GENERATE_ON_SAVE = "generateOnSave";

    /** The dialects the server accepts, as shown in the preference page (label, value). */
    static final String[][] DIALECTS = {
        {"The project's first dialect", ""}, {"PostgreSQL", "postgres"}, {"MySQL / MariaDB", "mysql"}, {"SQLite", "sqlite"}};

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = store();
        store.setDefault(JAVA_PATH, "");
        store.setDefault(DIALECT, "");
        store.setDefault(GENERATE_ON_SAVE, true);
    }

    /** The preference store of the plugin. */
    public static IPreferenceStore store() {
        return LaForgePlugin.getDefault().getPreferenceStore();
    }

    /** The server settings as the language server reads them (docs/lsp.md, Settings). */
    public static JsonObject serverSettings() {
        IPreferenceStore store = store();
        JsonObject settings = new JsonObject();
        settings.addProperty("generateOnSave", store.getBoolean(GENERATE_ON_SAVE));
        String dialect = store.getString(DIALECT);
        if (!dialect.isBlank()) {
            settings.addProperty("dialect", dialect);
        }
        return settings;
    }
}
