package dev.laforge.eclipse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts the language server: {@code java <options of jvm.options> -jar
 * forge-lsp-server.jar}. The options follow the header of the server's jvm.options: one per line,
 * {@code #} comments, {@code ${jarDir}} replaced by the jar's folder, and the class data sharing
 * archive left out unless it exists beside the jar.
 */
public final class ServerCommandLine {

    private static final String SHARED_ARCHIVE = "-XX:SharedArchiveFile=";

    private ServerCommandLine() {
    }

    /**
     * The command line.
     *
     * @param java the java executable
     * @param jar the language server jar
     * @param jvmOptions the lines of jvm.options
     */
    public static List<String> of(Path java, Path jar, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        String jarDir = jar.toAbsolutePath().getParent().toString();
        for (String line : jvmOptions) {
            String option = line.strip();
            if (option.isEmpty() || option.startsWith("#")) {
                continue;
            }
            option = option.replace("${jarDir}", jarDir);
            if (option.startsWith(SHARED_ARCHIVE) && !Files.isRegularFile(Path.of(option.substring(SHARED_ARCHIVE.length())))) {
                continue;
            }
            command.add(option);
        }
        command.add("-jar");
        command.add(jar.toString());
        return List.copyOf(command);
    }

    /** The java executable: the configured one, else the one of the JVM running Eclipse. */
    public static Path java(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
