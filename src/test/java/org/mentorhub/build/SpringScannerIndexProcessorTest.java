package org.mentorhub.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles small fixture components with the index processor and reads the index it writes. */
class SpringScannerIndexProcessorTest {
    private static final Path PROCESSOR_PATH = Path.of("target", "build-tools");

    @TempDir
    Path work;

    @Test
    void listsNamedComponentsImportedServicesAndExports() throws IOException {
        compile(Map.of(
            "fixture/Store.java", "package fixture; public interface Store { }",
            "fixture/AoStore.java", """
                package fixture;
                import com.atlassian.activeobjects.external.ActiveObjects;
                import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                import javax.inject.Inject;
                import javax.inject.Named;
                @Named @ExportAsService
                public class AoStore implements Store {
                    @Inject public AoStore(@ComponentImport ActiveObjects ao) { }
                }
                """,
            "fixture/Reports.java", """
                package fixture;
                import com.atlassian.sal.api.user.UserManager;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                import javax.inject.Inject;
                import javax.inject.Named;
                @Named("reportService")
                public class Reports {
                    @Inject public Reports(Store store, @ComponentImport("salUserManager") UserManager users) { }
                    public static class Nested { }
                }
                """,
            "fixture/NotAComponent.java", """
                package fixture;
                import javax.inject.Inject;
                import javax.inject.Named;
                public class NotAComponent { @Inject public NotAComponent(@Named("x") Store store) { } }
                """));

        assertThat(index("component")).containsExactly("fixture.AoStore", "fixture.Reports#reportService");
        assertThat(index("imports")).containsExactly(
            "com.atlassian.activeobjects.external.ActiveObjects",
            "com.atlassian.sal.api.user.UserManager#salUserManager");
        assertThat(index("exports")).containsExactly("fixture.AoStore#fixture.Store");
    }

    @Test
    void writesEmptyIndexesWhenNothingIsAnnotated() throws IOException {
        compile(Map.of("fixture/Plain.java", "package fixture; public class Plain { }"));

        assertThat(index("component")).isEmpty();
        assertThat(index("imports")).isEmpty();
        assertThat(index("exports")).isEmpty();
    }

    @Test
    void failsTheBuildWhenAnExportHasNoInterface() throws IOException {
        String errors = compileExpectingFailure(Map.of("fixture/Lonely.java", """
            package fixture;
            @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
            public class Lonely { }
            """));

        assertThat(errors).contains("@ExportAsService needs an interface to export");
    }

    private void compile(Map<String, String> sources) throws IOException {
        StringWriter diagnostics = new StringWriter();
        boolean ok = run(sources, diagnostics);
        assertThat(ok).as("compilation output: %s", diagnostics).isTrue();
    }

    private String compileExpectingFailure(Map<String, String> sources) throws IOException {
        StringWriter diagnostics = new StringWriter();
        assertThat(run(sources, diagnostics)).isFalse();
        return diagnostics.toString();
    }

    private boolean run(Map<String, String> sources, StringWriter diagnostics) throws IOException {
        assertThat(PROCESSOR_PATH.resolve("org/mentorhub/build/SpringScannerIndexProcessor.class"))
            .as("the build compiles the processor before the tests").exists();
        List<String> arguments = new ArrayList<>(List.of(
            "-proc:only",
            "-processorpath", PROCESSOR_PATH.toString(),
            "-processor", "org.mentorhub.build.SpringScannerIndexProcessor",
            "-classpath", System.getProperty("java.class.path"),
            "-d", work.resolve("out").toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        Files.createDirectories(work.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = javac.run(null, output, output, arguments.toArray(String[]::new));
        diagnostics.write(output.toString(StandardCharsets.UTF_8));
        return status == 0;
    }

    private List<String> index(String file) throws IOException {
        return Files.readAllLines(work.resolve("out/META-INF/plugin-components").resolve(file));
    }
}
