package nl.wmebv.rules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every package of main code in every module has a {@code package-info.java} that states the null policy
 * and the time policy (docs/README.md, "Null, time and language policy"). Packages of later modules are found
 * by walking the source tree.
 */
@DisplayName("package-info.java: every package states its null and time policy")
class PackageDocsTest {

    private static SortedSet<Path> mainPackages(Path root) throws IOException {
        SortedSet<Path> dirs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .forEach(f -> dirs.add(f.getParent()));
        }
        return dirs;
    }

    @Test
    @DisplayName("each package has package-info.java naming null and Instant, LocalDate or Clock")
    void everyPackageHasItsPolicies() throws IOException {
        Path root = ProvisionMatrix.repositoryRoot();
        SortedSet<Path> packages = mainPackages(root);
        assertTrue(packages.size() >= 10, "found only " + packages);
        List<String> problems = new ArrayList<>();
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            String where = root.relativize(dir).toString();
            if (!Files.isRegularFile(info)) {
                problems.add(where + ": no package-info.java");
                continue;
            }
            String text = Files.readString(info, StandardCharsets.UTF_8);
            if (!text.contains("{@code null}")) {
                problems.add(where + ": package-info.java does not state the null policy");
            }
            if (!(text.contains("Instant") || text.contains("LocalDate") || text.contains("Clock"))) {
                problems.add(where + ": package-info.java does not state the time policy");
            }
        }
        assertEquals("", String.join("\n", problems));
    }
}
