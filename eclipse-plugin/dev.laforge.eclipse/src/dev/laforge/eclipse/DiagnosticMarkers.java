package dev.laforge.eclipse;

import com.google.gson.Gson;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

/**
 * Turns published diagnostics into problem markers of type {@link #TYPE}: the editor shows them as
 * annotations and the Problems view lists them. Each marker keeps its LF code in {@link #CODE} and
 * the whole diagnostic (as JSON) in {@link #DIAGNOSTIC}, which the quick fixes send back.
 */
public final class DiagnosticMarkers {

    /** The marker type. */
    public static final String TYPE = LaForgePlugin.PLUGIN_ID + ".problem";
    /** The attribute holding the diagnostic's code, e.g. {@code LF201}. */
    public static final String CODE = "code";
    /** The attribute holding the diagnostic as the server sent it, as JSON. */
    public static final String DIAGNOSTIC = LaForgePlugin.PLUGIN_ID + ".diagnostic";

    private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

    private DiagnosticMarkers() {
    }

    /** Replaces the markers of the file the diagnostics belong to (in a workspace job). */
    public static void publish(PublishDiagnosticsParams params) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(params.getUri()));
        for (IFile file : files) {
            WorkspaceJob job = new WorkspaceJob("LaForge diagnostics") {
                @Override
                public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                    if (file.exists()) {
                        replaceMarkers(file, params.getDiagnostics());
                    }
                    return Status.OK_STATUS;
                }
            };
            job.setRule(file);
            job.setSystem(true);
            job.schedule();
        }
    }

    private static void replaceMarkers(IFile file, List<Diagnostic> diagnostics) throws CoreException {
        // The server republishes unchanged diagnostics (initial build, didOpen, saves): keeping the
        // markers then spares the views a flicker and keeps open quick-fix lists valid.
        List<String> kept = Arrays.stream(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO))
            .map(marker -> marker.getAttribute(DIAGNOSTIC, "")).sorted().toList();
        if (kept.equals(diagnostics.stream().map(GSON::toJson).sorted().toList())) {
            return;
        }
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        IDocument document = document(file);
        for (Diagnostic diagnostic : diagnostics) {
            IRegion region = DocumentPositions.region(document, diagnostic.getRange());
            Map<String, Object> attributes = new HashMap<>();
            String code = code(diagnostic);
            attributes.put(IMarker.MESSAGE, code.isEmpty() ? message(diagnostic) : code + " " + message(diagnostic));
            attributes.put(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
            attributes.put(IMarker.CHAR_START, region.getOffset());
            attributes.put(IMarker.CHAR_END, region.getOffset() + region.getLength());
            attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
            attributes.put(IMarker.SOURCE_ID, "laforge");
            attributes.put(CODE, code);
            attributes.put(DIAGNOSTIC, GSON.toJson(diagnostic));
            file.createMarker(TYPE, attributes);
        }
    }

    /** The diagnostic a marker was made from, or null for other markers. */
    public static Diagnostic diagnostic(IMarker marker) {
        String json = marker.getAttribute(DIAGNOSTIC, null);
        return json == null ? null : GSON.fromJson(json, Diagnostic.class);
    }

    /** The diagnostic's code as text ({@code LF201}), empty when it has none. */
    public static String code(Diagnostic diagnostic) {
        if (diagnostic.getCode() == null) {
            return "";
        }
        return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
    }

    /** The diagnostic's message as text (plain, or the Markdown source). */
    public static String message(Diagnostic diagnostic) {
        if (diagnostic.getMessage() == null) {
            return "";
        }
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
    }

    private static int severity(DiagnosticSeverity severity) {
        if (severity == null) {
            return IMarker.SEVERITY_ERROR;
        }
        return switch (severity) {
            case Error -> IMarker.SEVERITY_ERROR;
            case Warning -> IMarker.SEVERITY_WARNING;
            case Information, Hint -> IMarker.SEVERITY_INFO;
        };
    }

    /** The open document of the file, or its content read from disk. */
    private static IDocument document(IFile file) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        if (buffer != null) {
            return buffer.getDocument();
        }
        try (var in = file.getContents(true)) {
            return new Document(new String(in.readAllBytes(), file.getCharset()));
        } catch (java.io.IOException e) {
            throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
        }
    }
}
