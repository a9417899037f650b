package dev.laforge.eclipse;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/** A read-only text view: the Generated SQL and Migration Diff views. */
public final class ReportView extends ViewPart {

    /** The id of the Generated SQL view. */
    public static final String GENERATED_SQL = "dev.laforge.eclipse.generatedSqlView";
    /** The id of the Migration Diff view. */
    public static final String MIGRATION_DIFF = "dev.laforge.eclipse.migrationDiffView";

    private StyledText text;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    /** The text shown. */
    public String text() {
        return text.getText();
    }

    /** Opens (or brings up) the view and shows a report in it. */
    public static ReportView show(IWorkbenchPage page, String viewId, String description, String report) throws PartInitException {
        ReportView view = (ReportView) page.showView(viewId);
        view.setContentDescription(description);
        view.text.setText(report);
        return view;
    }
}
