package dev.laforge.eclipse;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; LaForge: Java path, dialect, generate on save. */
public final class ForgePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page with a grid of field editors. */
    public ForgePreferencePage() {
        super(GRID);
        setDescription("The LaForge language server runs in its own Java process.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ForgePreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        FileFieldEditor java = new FileFieldEditor(ForgePreferences.JAVA_PATH,
            "&Java executable (17 or newer; empty: the Java running Eclipse):", true, getFieldEditorParent());
        java.setEmptyStringAllowed(true);
        addField(java);
        addField(new ComboFieldEditor(ForgePreferences.DIALECT, "SQL &dialect of hovers and views:",
            ForgePreferences.DIALECTS, getFieldEditorParent()));
        addField(new BooleanFieldEditor(ForgePreferences.GENERATE_ON_SAVE, "&Generate on save", getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        String javaBefore = ForgePreferences.store().getString(ForgePreferences.JAVA_PATH);
        boolean ok = super.performOk();
        LaForgePlugin plugin = LaForgePlugin.getDefault();
        if (!javaBefore.equals(ForgePreferences.store().getString(ForgePreferences.JAVA_PATH))) {
            plugin.restartServers();
        } else {
            plugin.servers().settingsChanged();
        }
        return ok;
    }
}
