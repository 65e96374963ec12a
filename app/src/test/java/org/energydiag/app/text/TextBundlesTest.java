package org.energydiag.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the window and the command line ask for has a text. */
class TextBundlesTest {

    /** A key written whole (a key built from a prefix, {@code "chapter." + id}, is checked by its own test). */
    static final Pattern USE = Pattern.compile("Texts\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyKeyUsedHasAText() throws Exception {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!Texts.has(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aMissingKeyShowsAsItself() {
        assertThat(Texts.get("planCheck.noSuchKey")).isEqualTo("!planCheck.noSuchKey!");
        assertThat(Texts.get("planCheck.title")).isEqualTo("方案检查");
    }
}
