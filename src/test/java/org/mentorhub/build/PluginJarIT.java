package org.mentorhub.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs after {@code package}: the real plugin jar passes every check Jira's plugin system depends on. */
class PluginJarIT {

    @Test
    void theBuiltPluginJarIsAnInstallableBundle() throws IOException {
        Path jar = builtJar();

        assertThat(PluginJarInspector.inspect(jar, "org.mentorhub.mentorhub")).isEmpty();
    }

    private static Path builtJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files
                .filter(p -> p.getFileName().toString().matches("mentorhub-[^-]+(-SNAPSHOT)?\\.jar"))
                .toList();
            assertThat(jars).as("exactly one plugin jar in target/").hasSize(1);
            return jars.get(0);
        }
    }
}
