package dev.laforge.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.eclipse.LaForgePlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.content.IContentTypeManager;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The bundle starts in a plain OSGi runtime and declares the .forge content type. */
class PluginActivationTest {

    @Test
    void bundleActivates() throws Exception {
        Bundle bundle = Platform.getBundle(LaForgePlugin.PLUGIN_ID);
        assertNotNull(bundle, "bundle installed");
        bundle.start(Bundle.START_TRANSIENT);
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertNotNull(LaForgePlugin.getDefault().servers());
    }

    @Test
    void forgeFilesResolveToTheForgeContentType() {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("domain.forge");
        assertNotNull(type, "content type of domain.forge");
        assertEquals("dev.laforge.eclipse.forge", type.getId());
        assertTrue(type.isKindOf(Platform.getContentTypeManager().getContentType(IContentTypeManager.CT_TEXT)),
            "a kind of text, so the Generic Editor opens it");
    }

    @Test
    void bundleCarriesTheLanguageServer() {
        Bundle bundle = Platform.getBundle(LaForgePlugin.PLUGIN_ID);
        assertNotNull(bundle.getEntry("server/forge-lsp-server.jar"), "server jar in the bundle");
        assertNotNull(bundle.getEntry("server/jvm.options"), "JVM options in the bundle");
    }
}
