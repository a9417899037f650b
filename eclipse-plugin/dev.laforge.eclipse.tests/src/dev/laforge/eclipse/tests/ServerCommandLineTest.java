package dev.laforge.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.eclipse.ServerCommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's JVM options are applied as the header of jvm.options says. */
class ServerCommandLineTest {

    private static final List<String> OPTIONS = List.of(
        "# comment",
        "",
        "-Xlog:disable",
        "-Xlog:all=warning:stderr",
        "  # indented comment",
        "-XX:SharedArchiveFile=${jarDir}/forge-lsp-server.jsa",
        "-XX:+UseSerialGC");

    @TempDir
    Path folder;

    @Test
    void withoutArchiveTheSharingOptionIsDropped() {
        Path jar = folder.resolve("forge-lsp-server.jar");
        assertEquals(List.of("/jdk/bin/java", "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+UseSerialGC", "-jar", jar.toString()),
            ServerCommandLine.of(Path.of("/jdk/bin/java"), jar, OPTIONS));
    }

    @Test
    void anArchiveBesideTheJarIsUsed() throws Exception {
        Path jar = folder.resolve("forge-lsp-server.jar");
        Files.createFile(folder.resolve("forge-lsp-server.jsa"));
        assertEquals(List.of("java", "-Xlog:disable", "-Xlog:all=warning:stderr",
            "-XX:SharedArchiveFile=" + folder.toAbsolutePath() + "/forge-lsp-server.jsa", "-XX:+UseSerialGC", "-jar", jar.toString()),
            ServerCommandLine.of(Path.of("java"), jar, OPTIONS));
    }

    @Test
    void emptyJavaPathMeansTheRunningJava() {
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), ServerCommandLine.java(" "));
        assertEquals(Path.of("/opt/jdk/bin/java"), ServerCommandLine.java("/opt/jdk/bin/java "));
    }
}
