package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.energydiag.app.Main;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * Attachments are streamed (issue #19): the largest attachment the window accepts (50 MiB) goes out
 * with {@code export} and comes back with {@code import}; a 500 MB file with one huge attachment is
 * refused early, without running out of memory, by a command line with a 512 MB heap.
 */
class LargeProjectFileCliTest extends CliHarness {

    @Test
    void aFiftyMegabyteAttachmentRoundTrips() throws Exception {
        byte[] pdf = new byte[(int) EvidenceFile.MAX_BYTES];
        new Random(50).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        String sha = Hashes.sha256(pdf);
        final DiagnosisProject p;
        DiagnosisProject q = DiagnosisProject.create(now());
        Attachment a = new Attachment(null, "全厂能源审计报告.pdf", "application/pdf", "", LocalDate.of(2026, 5, 1),
                Attachment.Target.PROJECT, "", pdf.length, sha, 0, 0, false, false);
        p = q.withSite(q.site().withAttachments(List.of(a)), now());
        ctx.attachments().put(p.id(), a.id(), Map.of(Attachment.Blob.STORED, pdf));
        ctx.projects().put(p);
        pdf = null; // from here on the bytes are in the store and the file only

        Path file = dir.resolve("big.edproj");
        assertThat(run("export", p.id(), "--out", file.toString())).as(err()).isZero();
        assertThat(Files.size(file)).isGreaterThan(EvidenceFile.MAX_BYTES * 4 / 3); // base64: over Jackson's 20 M characters
        assertThat(run("import", file.toString(), "--copy")).as(err()).isZero();
        String originalId = p.id();
        DiagnosisProject copy = ctx.projects().listActive().stream().filter(s -> !s.id().equals(originalId))
                .map(s -> ctx.projects().load(s.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(copy.site().attachments()).extracting(Attachment::sha256).containsExactly(sha);
        assertThat(ctx.attachments().get(copy.id(), a.id(), Attachment.Blob.STORED).map(Hashes::sha256)).hasValue(sha);
    }

    @Test
    void aFiveHundredMegabyteFileIsRefusedEarlyWithA512MegabyteHeap() throws Exception {
        // a valid small project listing one attachment, whose data is 500 MB of base64
        byte[] head = new byte[] {'%', 'P', 'D', 'F'};
        DiagnosisProject p = DiagnosisProject.create(now());
        Attachment a = new Attachment(null, "巨大.pdf", "application/pdf", "", null, Attachment.Target.PROJECT, "",
                head.length, Hashes.sha256(head), 0, 0, false, false);
        p = p.withSite(p.site().withAttachments(List.of(a)), now());
        String json = new String(ProjectFile.toBytes(p, "test", now(), (id, k) -> k == Attachment.Blob.STORED
                ? java.util.Optional.of(head) : java.util.Optional.empty()), StandardCharsets.UTF_8);
        String before = json.substring(0, json.lastIndexOf("\"data\" : \"") + "\"data\" : \"".length());
        Path file = dir.resolve("huge.edproj");
        long target = 500L * 1000 * 1000;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(before.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'Q');
            for (long n = 0; n < target; n += chunk.length) {
                out.write(chunk);
            }
            out.write("\"\n    } ]\n}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isGreaterThan(target);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path o = dir.resolve("out.txt");
        Path e = dir.resolve("err.txt");
        Process child = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data-dir", dir.resolve("child-data").toString(), "import", file.toString())
                .redirectOutput(o.toFile()).redirectError(e.toFile()).start();
        boolean ended = child.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String stderr = Files.readString(e, StandardCharsets.UTF_8);
        assertThat(ended).isTrue();
        assertThat(child.exitValue()).as(stderr).isEqualTo(2);
        assertThat(stderr).contains("attachments[0].data").contains("50 MB").doesNotContain("OutOfMemory", "Exception");
        Files.delete(file);
    }
}
