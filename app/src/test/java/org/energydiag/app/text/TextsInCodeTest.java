package org.energydiag.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User texts live in the bundles (org/energydiag/{app,core}/text): a Java string literal holding
 * Chinese is allowed only in the files listed in {@code texts-in-code.tsv}, each with the number of
 * such lines it may have and why (words that recognise input, stored values, demo data, the plan
 * writer still to move). A file not listed may have none, and no file more than listed; when a
 * file has fewer, the list is lowered (the test says so), so the count only goes down.
 */
class TextsInCodeTest {

    static final Path[] ROOTS = {Path.of("src/main/java"), Path.of("../core/src/main/java")};

    @Test
    void chineseLiteralsOnlyWhereListed() throws IOException {
        Map<String, Integer> allowed = new LinkedHashMap<>();
        try (var in = TextsInCodeTest.class.getResourceAsStream("texts-in-code.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                allowed.put(f[1], Integer.parseInt(f[0]));
            }
        }
        Map<String, Integer> found = new TreeMap<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    int n = chineseLiteralLines(Files.readString(f));
                    if (n > 0) {
                        found.put(root.relativize(f).toString().replace('\\', '/'), n);
                    }
                }
            }
        }
        List<String> over = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (var e : found.entrySet()) {
            int max = allowed.getOrDefault(e.getKey(), 0);
            if (e.getValue() > max) {
                over.add(e.getKey() + ": " + e.getValue() + " lines with Chinese literals (allowed " + max + ")");
            } else if (e.getValue() < max) {
                lower.add(e.getKey() + ": " + e.getValue() + " (listed " + max + ")");
            }
        }
        allowed.keySet().stream().filter(k -> !found.containsKey(k)).forEach(k -> lower.add(k + ": 0 (listed " + allowed.get(k) + ")"));
        assertThat(over).as("user texts belong in the bundles (org/energydiag/*/text/*.properties)").isEmpty();
        assertThat(lower).as("fewer than listed: lower texts-in-code.tsv").isEmpty();
    }

    /** Lines holding a string or char literal with a CJK character, comments left out. */
    static int chineseLiteralLines(String src) {
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int j = src.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (src.startsWith("/*", i)) {
                int j = src.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                line += count(src, i, j);
                i = j;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = src.indexOf("\"\"\"", i + 3);
                j = j < 0 ? n : j + 3;
                if (hasCjk(src, i, j)) {
                    lines.add(line);
                }
                line += count(src, i, j);
                i = j;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (hasCjk(src, i, Math.min(j, n))) {
                    lines.add(line);
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return lines.size();
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }

    private static boolean hasCjk(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch >= '\u4e00' && ch <= '\u9fff') {
                return true;
            }
        }
        return false;
    }

    @Test
    void theScannerSeesLiteralsNotComments() {
        assertThat(chineseLiteralLines("// 中文\nString a = \"中文\"; /* 中文 */ char c = '中';\nString b = \"x\";")).isEqualTo(1);
        assertThat(chineseLiteralLines("String a = \"a\\\"中\";\nString t = \"\"\"\n  中\n  \"\"\";")).isEqualTo(2);
    }
}
