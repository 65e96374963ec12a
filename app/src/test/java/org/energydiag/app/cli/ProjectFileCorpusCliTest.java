package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * A seeded corpus of damaged project files, generated in memory from a good one (issue #19): each
 * is refused by {@code import --replace} with exit 2, a Chinese message naming a path or a position
 * and the data folder unchanged, or it is accepted and then usable by every command ({@code validate},
 * {@code balance}, {@code tasks}, {@code export}, {@code export-plan}): none ends in an internal error
 * ({@code validate} and {@code balance} exit 2 when the project's own validation finds errors).
 */
class ProjectFileCorpusCliTest extends CliHarness {

    static final byte[] PDF = ("%PDF-1.4\n" + "证据".repeat(200) + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\" : ");
    private static final Pattern NUMBER = Pattern.compile("(?<=\" : )-?\\d+(\\.\\d+)?(?=,?\\n)");
    private static final Pattern STRING_VALUE = Pattern.compile("(?<=\" : )\"[^\"\\n]*\"(?=,?\\n)");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The good file: the cement demo with its decisions' data and one PDF attachment. */
    String goodFile() {
        DiagnosisProject p = DemoProjects.cementPlant(now(), "某诊断机构");
        Attachment a = new Attachment(null, "能源统计报表.pdf", "application/pdf", "2025年报表", LocalDate.of(2026, 5, 1),
                Attachment.Target.PROJECT, "", PDF.length, Hashes.sha256(PDF), 0, 0, false, true);
        p = p.withSite(p.site().withAttachments(List.of(a)), now());
        return new String(ProjectFile.toBytes(p, "test", now(),
                (id, k) -> k == Attachment.Blob.STORED ? Optional.of(PDF) : Optional.empty()), StandardCharsets.UTF_8);
    }

    /** The damaged files, by kind; deterministic (seed 19). */
    static Map<String, byte[]> corpus(String good) {
        Random r = new Random(19);
        byte[] g = good.getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<int[]> numbers = spans(NUMBER, good);
        List<int[]> strings = spans(STRING_VALUE, good);
        List<int[]> fields = spans(FIELD, good);
        for (int i = 0; i < 40; i++) {
            int n = i < 3 ? i : r.nextInt(g.length - 1);
            out.put("truncated at " + n, java.util.Arrays.copyOf(g, n));
        }
        for (int i = 0; i < 60; i++) {
            byte[] b = g.clone();
            int at = r.nextInt(b.length);
            b[at] ^= (byte) (1 << r.nextInt(8));
            out.put("bit flipped at " + at + " #" + i, b);
        }
        for (int i = 0; i < 30; i++) {
            int[] f = fields.get(r.nextInt(fields.size()));
            int at = f[0] + 1 + r.nextInt(f[1] - f[0] - 6);
            out.put("key flipped at " + at, text(good.substring(0, at) + (char) ('a' + r.nextInt(26)) + good.substring(at + 1)));
        }
        String[] huge = {"1e400", "1.79e309", "-1e400", "1" + "0".repeat(990), "1e1200", "NaN", "Infinity", "-Infinity", "1e16",
            "0.1e-400", "99999999999999999999", "1e15", "-1e15", "2147483648", "-0.0"};
        for (int i = 0; i < 45; i++) {
            int[] s = numbers.get(r.nextInt(numbers.size()));
            out.put("number " + huge[i % huge.length] + " at " + s[0], text(splice(good, s, huge[i % huge.length])));
        }
        for (int i = 0; i < 25; i++) {
            int[] s = numbers.get(r.nextInt(numbers.size()));
            String v = good.substring(s[0], s[1]);
            String nv = i % 2 == 0 ? (v.startsWith("-") ? v.substring(1) : "-" + v) : "0";
            out.put("number " + v + " → " + nv + " at " + s[0], text(splice(good, s, nv)));
        }
        for (int i = 0; i < 20; i++) {
            int[] f = fields.get(r.nextInt(fields.size()));
            String key = good.substring(f[0], f[1]);
            out.put("duplicate key " + key + " at " + f[0], text(good.substring(0, f[0]) + key + "null, " + good.substring(f[0])));
        }
        String[] tails = {"x", "{}", good, "\u0000", "\u0000\u0000\u0000\u0000", "\n]", "\"a\"", "1", "\uFEFF", "null"};
        for (String t : tails) {
            out.put("trailing " + (t.length() > 10 ? "copy" : t.codePoints().mapToObj(Integer::toHexString).toList()), text(good + t));
        }
        for (int i = 0; i < 10; i++) {
            int at = r.nextInt(good.length());
            out.put("NUL at " + at, text(good.substring(0, at) + "\u0000" + good.substring(at)));
        }
        String[] wrong = {"\"abc\"", "true", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "12", "null"};
        for (int i = 0; i < 36; i++) {
            List<int[]> from = i % 2 == 0 ? numbers : strings;
            int[] s = from.get(r.nextInt(from.size()));
            out.put("wrong type " + wrong[i % wrong.length] + " at " + s[0], text(splice(good, s, wrong[i % wrong.length])));
        }
        for (int depth : new int[] {50, 70, 1000, 100_000}) {
            int[] s = strings.get(r.nextInt(strings.size()));
            out.put("nested arrays " + depth, text(splice(good, s, "[".repeat(depth) + "]".repeat(depth))));
            out.put("nested objects " + depth, text(splice(good, s, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
        }
        for (int len : new int[] {1_000_001, 3_000_000}) {
            int[] s = strings.get(r.nextInt(strings.size()));
            out.put("string of " + len, text(splice(good, s, "\"" + "长".repeat(len) + "\"")));
        }
        List<String> ids = new ArrayList<>();
        Matcher m = UUID.matcher(good);
        while (m.find()) {
            ids.add(m.group());
        }
        String[] badIds = {"", " ", "x".repeat(5000), "../x", "a/b", "\\u0001", "id\\nnext", "\\u202Eexe", "x".repeat(201)};
        for (int i = 0; i < 18; i++) {
            String id = i < badIds.length ? ids.get(0) : ids.get(1 + r.nextInt(ids.size() - 1));
            out.put("id " + (i % badIds.length) + " for " + id, text(good.replace(id, badIds[i % badIds.length])));
        }
        String[] names = {"../../x", "C:\\\\Windows\\\\x.pdf", "a\\u0000.pdf", "报告.pdf.exe", "..", "", "\\u202Efdp.exe", "x".repeat(300),
            "a/b.pdf", "审计报告.pdf"};
        for (String n : names) {
            out.put("file name " + n.substring(0, Math.min(20, n.length())), text(good.replace("\"能源统计报表.pdf\"", "\"" + n + "\"")));
        }
        String sha = Hashes.sha256(PDF);
        String[] hashes = {sha.toUpperCase(java.util.Locale.ROOT), sha.substring(1), "0".repeat(64), "", "x".repeat(64)};
        for (String h : hashes) {
            out.put("hash " + h.length() + " in project", text(good.replaceFirst("\"sha256\" : \"" + sha, "\"sha256\" : \"" + h)));
            out.put("hash " + h.length() + " in data", text(replaceLast(good, "\"sha256\" : \"" + sha, "\"sha256\" : \"" + h)));
        }
        for (String t : new String[] {"application/x-msdownload", "text/html", "image/png", "application/hta", ""}) {
            out.put("media type " + t, text(good.replace("\"application/pdf\"", "\"" + t + "\"")));
        }
        out.put("not json", text("这不是项目文件"));
        out.put("empty", new byte[0]);
        out.put("GBK", good.getBytes(java.nio.charset.Charset.forName("GBK")));
        out.put("zip", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        String version = "\"formatVersion\" : " + org.energydiag.core.io.ProjectJson.MODEL_VERSION;
        out.put("formatVersion newer", text(good.replace(version, "\"formatVersion\" : " + (org.energydiag.core.io.ProjectJson.MODEL_VERSION + 1))));
        out.put("formatVersion 0", text(good.replace(version, "\"formatVersion\" : 0")));
        out.put("formatVersion huge", text(good.replace(version, "\"formatVersion\" : 1e400")));
        return out;
    }

    @Test
    void everyDamagedFileIsRefusedOrFullyUsable() throws Exception {
        String good = goodFile();
        Path file = dir.resolve("damaged.edproj");
        Files.writeString(file, good);
        assertThat(run("import", file.toString())).as(err()).isZero();
        String id = ProjectFile.parse(good.getBytes(StandardCharsets.UTF_8)).id();
        Map<String, byte[]> corpus = corpus(good);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);

        String before = state(id);
        int refused = 0;
        int accepted = 0;
        List<String> problems = new ArrayList<>();
        for (var e : corpus.entrySet()) {
            Files.write(file, e.getValue());
            int code = run("import", file.toString(), "--replace");
            if (code == 2) {
                refused++;
                String msg = err();
                if (!msg.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        || !Pattern.compile("(project|attachments|formatVersion|format)[.\\[\\w\\]]*|第 \\d+ 行第 \\d+ 列|文件开头|不是 EnergyDiag 项目文件|较新版本")
                        .matcher(msg).find()
                        || msg.contains("Exception") || msg.contains("java.")) {
                    problems.add(e.getKey() + ": message " + msg.strip());
                }
                String after = state(id);
                if (!after.equals(before)) {
                    problems.add(e.getKey() + ": refused but the data folder changed");
                }
                continue;
            }
            if (code != 0) {
                problems.add(e.getKey() + ": import exit " + code + " " + err().strip());
                continue;
            }
            accepted++;
            String storedId = ProjectFile.parse(e.getValue()).id();
            Path export = dir.resolve("exported.edproj");
            check(problems, e.getKey(), "validate", run("validate", file.toString()), 0, 2);
            // balance exits 2 when the project's own validation reports errors (the report is printed)
            check(problems, e.getKey(), "balance", run("balance", file.toString(), "--json"), 0, 2);
            if (out().isBlank()) {
                problems.add(e.getKey() + ": balance printed nothing");
            }
            check(problems, e.getKey(), "tasks", run("tasks", file.toString(), "--json"), 0);
            check(problems, e.getKey(), "export", run("export", storedId, "--out", export.toString()), 0);
            ProjectFile.read(export); // what was stored reads back
            if (accepted <= 6) { // the plan writer is the slow part: a sample of the accepted files
                check(problems, e.getKey(), "export-plan", run("export-plan", file.toString(), "--out", dir.resolve("plan.docx").toString()), 0);
            }
            before = state(id);
        }
        System.out.printf("corpus: %d files, %d refused, %d accepted%n", corpus.size(), refused, accepted);
        assertThat(problems).isEmpty();
        assertThat(refused).isGreaterThan(200);
    }

    /** Replacing a good project by a file holding 1e1200 is refused; the old project still exports and reads. */
    @Test
    void replaceWithAnUnreadableNumberKeepsTheOldProject() throws Exception {
        String good = goodFile();
        Path file = dir.resolve("p.edproj");
        Files.writeString(file, good);
        assertThat(run("import", file.toString())).isZero();
        String id = ProjectFile.parse(good.getBytes(StandardCharsets.UTF_8)).id();
        Files.writeString(file, good.replaceFirst("\"quantity\" : 438000", "\"quantity\" : 1e1200"));
        assertThat(run("import", file.toString(), "--replace")).isEqualTo(2);
        assertThat(err()).contains("project.energy.consumption[0].quantity").contains("超出允许范围");
        Path out = dir.resolve("back.edproj");
        assertThat(run("export", id, "--out", out.toString())).as(err()).isZero();
        assertThat(ProjectFile.read(out).energy().consumption().get(0).quantity()).isEqualByComparingTo("438000");
        assertThat(run("balance", out.toString())).isZero();
    }

    private void check(List<String> problems, String name, String command, int code, Integer... ok) {
        if (!List.of(ok).contains(code)) {
            problems.add(name + ": " + command + " exit " + code + " " + err().strip().lines().limit(3).toList());
        }
    }

    /** The data folder as the user sees it: the projects, the stored document and the attachment bytes. */
    private String state(String id) {
        var repo = ctx.projects();
        StringBuilder sb = new StringBuilder();
        repo.listActive().forEach(s -> sb.append(s.id()).append(' ').append(s.updatedAt()).append('\n'));
        repo.load(id).ifPresent(p -> {
            sb.append(ProjectJson.toJson(p));
            for (var a : p.site().attachments()) {
                sb.append(ctx.attachments().get(p.id(), a.id(), Attachment.Blob.STORED).map(Hashes::sha256).orElse("-"));
            }
        });
        return sb.toString();
    }

    private static List<int[]> spans(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        int limit = s.indexOf("\"attachments\" : [\n    {"); // not inside the base64 data
        while (m.find() && (limit < 0 || m.start() < limit)) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String splice(String s, int[] span, String with) {
        return s.substring(0, span[0]) + with + s.substring(span[1]);
    }

    private static String replaceLast(String s, String what, String with) {
        int at = s.lastIndexOf(what);
        return s.substring(0, at) + with + s.substring(at + what.length());
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
