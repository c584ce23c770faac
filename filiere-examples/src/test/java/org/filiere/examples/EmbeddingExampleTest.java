package org.filiere.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationDecision;
import org.filiere.sanitization.Technique;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void readmeSnippetIsTheCompiledExampleVerbatim() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String source = Files.readString(root.resolve(
                "filiere-examples/src/main/java/org/filiere/examples/EmbeddingExample.java"));
        String readme = Files.readString(root.resolve("README.md"));
        List<String> snippet = between(source.lines().toList(), "// readme:start", "// readme:end");
        String expected = snippet.stream().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
        assertThat(snippet).isNotEmpty();
        assertThat(readme).contains(expected);
    }

    @Test
    void exampleDecidesPurgeThroughNvmeSanitizeAndPrintsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SanitizationDecision decision = EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(decision.requiredLevel()).isEqualTo(Level.PURGE);
        assertThat(decision.preferred().technique()).isEqualTo(Technique.NVME_SANITIZE_BLOCK_ERASE);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("PURGE via NVME_SANITIZE_BLOCK_ERASE");
    }

    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(start)) {
                from = i + 1;
            } else if (lines.get(i).strip().equals(end)) {
                to = i;
            }
        }
        return from < 0 || to < from ? List.of() : lines.subList(from, to);
    }
}
