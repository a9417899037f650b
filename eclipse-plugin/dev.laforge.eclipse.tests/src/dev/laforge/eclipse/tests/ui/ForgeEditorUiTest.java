package dev.laforge.eclipse.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.eclipse.DiagnosticMarkers;
import dev.laforge.eclipse.ForgeCommandHandler;
import dev.laforge.eclipse.ReportView;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A .forge file in a real workbench: the Generic Editor opens it, the LF201 problem marker
 * arrives, hover shows the SQL, the server's quick fix repairs the file, the commands fill their views.
 */
class ForgeEditorUiTest {

    private static final String DOMAIN = """
        model Post {
          id: uuid pk
          title: string
        }

        model Tag {
          name: string
        }
        """;

    private static final long TIMEOUT_MILLIS = 90_000;

    private IProject project;
    private IFile file;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("lf-ui-" + System.nanoTime());
        project.create(null);
        project.open(null);
        file = project.getFile("domain.forge");
        file.create(new ByteArrayInputStream(DOMAIN.getBytes(StandardCharsets.UTF_8)), true, null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void deleteProject() throws CoreException {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void editorShowsProblemsHoverAndAppliesQuickFix() throws Exception {
        IEditorPart editor = IDE.openEditor(page, file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId(), "opened in the Generic Editor");
        ITextEditor textEditor = assertInstanceOf(ITextEditor.class, editor);
        IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());

        long started = System.nanoTime();
        IMarker marker = waitFor("the LF201 marker", () -> lf201Marker());
        System.out.printf("problem marker after %d ms (server start included)%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("LF201 "), marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(DOMAIN.indexOf("Tag"), marker.getAttribute(IMarker.CHAR_START, -1), "marker on the model's name");

        String hover = hoverText(textEditor, DOMAIN.indexOf("Post") + 1);
        assertTrue(hover.contains("CREATE TABLE \"posts\""), hover);

        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution fix = Arrays.stream(fixes)
            .filter(resolution -> resolution.getLabel().startsWith("Add primary key"))
            .findFirst().orElseThrow(() -> new AssertionError("no quick fix 'Add primary key' in "
                + Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList()));
        fix.run(marker);
        assertTrue(document.get().contains("model Tag {\n  id: uuid pk default uuid()\n  name: string"), document.get());
        textEditor.doSave(null);
        waitFor("the LF201 marker to go", () -> lf201Marker() == null ? Boolean.TRUE : null);

        assertInstanceOf(IContentOutlinePage.class, editor.getAdapter(IContentOutlinePage.class), "outline page");
    }

    @Test
    void showGeneratedSqlFillsItsView() throws Exception {
        IDE.openEditor(page, file);
        waitFor("the LF201 marker", () -> lf201Marker());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ForgeCommandHandler.SHOW_GENERATED_SQL, null);
        ReportView view = (ReportView) page.findView(ReportView.GENERATED_SQL);
        assertTrue(view.text().contains("CREATE TABLE \"tags\""), view.text());
    }

    private IMarker lf201Marker() {
        try {
            return Arrays.stream(file.findMarkers(DiagnosticMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> "LF201".equals(m.getAttribute(DiagnosticMarkers.CODE, ""))).findFirst().orElse(null);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** Asks the editor's hover (the Generic Editor's composite of all registered hovers) at an offset. */
    private static String hoverText(ITextEditor editor, int offset) throws Exception {
        ITextViewer viewer = editor.getAdapter(ITextViewer.class);
        Method configuration = AbstractTextEditor.class.getDeclaredMethod("getSourceViewerConfiguration");
        configuration.setAccessible(true);
        ITextHover hover = ((SourceViewerConfiguration) configuration.invoke(editor))
            .getTextHover((ISourceViewer) viewer, IDocument.DEFAULT_CONTENT_TYPE);
        IRegion region = hover.getHoverRegion(viewer, offset);
        Object info = hover instanceof ITextHoverExtension2 extension ? extension.getHoverInfo2(viewer, region) : hover.getHoverInfo(viewer, region);
        return String.valueOf(info);
    }

    /** Runs the event loop until the value is there. */
    private static <T> T waitFor(String what, Supplier<T> value) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // Drain the event queue.
            }
            T result = value.get();
            if (result != null) {
                return result;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
