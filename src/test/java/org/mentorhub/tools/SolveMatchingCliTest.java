package org.mentorhub.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs bin/solve-matching as a process, the way admins and benchmarks use it. */
class SolveMatchingCliTest {

    @TempDir
    Path dir;

    @Test
    void solve_shouldPrintTheOptimalAssignmentByteForByteTheSameEachRun() throws Exception {
        Path file = write("""
                {"mentees":[{"id":"e1"},{"id":"e2"},{"id":"e3"}],
                 "mentors":[{"id":"m1","capacity":1},{"id":"m2","capacity":1}],
                 "candidates":[{"mentee":"e1","mentor":"m1","score":10},{"mentee":"e1","mentor":"m2","score":9.5},
                               {"mentee":"e2","mentor":"m1","score":8.25},{"mentee":"e3","mentor":"m2","score":0.1}]}
                """);

        Run first = run(file.toString());
        Run second = run(file.toString());

        assertThat(first.exit).isZero();
        assertThat(first.stdout).isEqualTo("{\"totalScore\":17.75,\"pairs\":[{\"mentee\":\"e1\",\"mentor\":\"m2\","
                + "\"score\":9.5},{\"mentee\":\"e2\",\"mentor\":\"m1\",\"score\":8.25}]}\n");
        assertThat(second.stdout).isEqualTo(first.stdout);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mentees\":[{\"id\":\"e1\"}],",
        "{\"mentees\":[{\"id\":\"e1\"}],\"mentors\":[{\"id\":\"m1\",\"capacity\":-1}],\"candidates\":[]}",
        "{\"mentees\":[{\"id\":\"e1\"}],\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],"
            + "\"candidates\":[{\"mentee\":\"e9\",\"mentor\":\"m1\",\"score\":5}]}",
        "{\"mentees\":[{\"id\":\"e1\"}],\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],"
            + "\"candidates\":[{\"mentee\":\"e1\",\"mentor\":\"m1\",\"score\":5},"
            + "{\"mentee\":\"e1\",\"mentor\":\"m1\",\"score\":6}]}",
        "{\"mentees\":[{\"id\":\"e1\"}],\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],"
            + "\"candidates\":[{\"mentee\":\"e1\",\"mentor\":\"m1\",\"score\":0}]}"})
    void solve_shouldRejectInvalidInstancesWithExitTwoAndOneLine(String json) throws Exception {
        Run result = run(write(json).toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.stdout).isEmpty();
        assertThat(result.stderr.lines()).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("solve-matching:")
                .doesNotContain("Exception").doesNotContain("\tat "));
    }

    @Test
    void solve_shouldRejectAMissingFile() throws Exception {
        Run result = run(dir.resolve("missing.json").toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.stderr.lines()).hasSize(1);
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "instance", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static Run run(String file) throws Exception {
        Process process = new ProcessBuilder(List.of("bin/solve-matching", file)).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), stdout, stderr);
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
