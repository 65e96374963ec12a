package org.energydiag.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.io.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments travel inside .edproj files byte for byte; damaged or missing bytes are refused. */
class AttachmentFileRoundTripTest {

    static final Instant T = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path dir;

    /** Random bytes that start as a JPEG does (the reader checks an attachment's content against its type). */
    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    static Attachment attachment(String name, String type, byte[] stored, boolean original) {
        return new Attachment(null, name, type, "说明 " + name, LocalDate.of(2026, 11, 3), Attachment.Target.PROJECT, "",
                stored.length, Hashes.sha256(stored), type.startsWith("image/") ? 2048 : 0, type.startsWith("image/") ? 1536 : 0,
                original, false);
    }

    @Test
    void everyByteComesBackAndTheProcessToo() throws Exception {
        byte[] photo = random(300_000, 1);
        byte[] originalPhoto = random(900_000, 2);
        byte[] pdf = ("%PDF-1.4\n" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII);
        Attachment a = attachment("铭牌.jpg", "image/jpeg", photo, true);
        Attachment b = attachment("能源统计报表.pdf", "application/pdf", pdf, false);
        DiagnosisProject p = DemoProjects.cementPlant(T, "机构");
        p = p.withSite(p.site().withAttachments(List.of(a, b)).withFlowDrawing(a.id()), T);
        MemoryAttachmentStore store = new MemoryAttachmentStore();
        store.put(p.id(), a.id(), Map.of(Attachment.Blob.STORED, photo, Attachment.Blob.ORIGINAL, originalPhoto));
        store.put(p.id(), b.id(), Map.of(Attachment.Blob.STORED, pdf));
        String pid = p.id();

        Path f = dir.resolve("带附件.edproj");
        ProjectFile.write(p, f, "test", T, (id, kind) -> store.get(pid, id, kind));
        try (ProjectFile.Contents back = ProjectFile.readContents(f)) {

        assertThat(back.project()).isEqualTo(p);
        assertThat(back.project().site().process().units()).hasSize(7);
        assertThat(back.project().site().flowDrawing()).contains(a);
        assertThat(back.bytes(a.id(), Attachment.Blob.STORED)).hasValue(photo);
        assertThat(back.bytes(a.id(), Attachment.Blob.ORIGINAL)).hasValue(originalPhoto);
        assertThat(back.bytes(b.id(), Attachment.Blob.STORED)).hasValue(pdf);
        assertThat(back.blobs().get(b.id())).doesNotContainKey(Attachment.Blob.ORIGINAL);
        }
    }

    @Test
    void aChangedByteOrAMissingAttachmentIsRefused() throws Exception {
        byte[] photo = random(10_000, 3);
        Attachment a = attachment("现场.jpg", "image/jpeg", photo, false);
        DiagnosisProject p = DiagnosisProject.create(T);
        p = p.withSite(p.site().withAttachments(List.of(a)), T);
        byte[] bytes = ProjectFile.toBytes(p, "test", T, (id, kind) -> kind == Attachment.Blob.STORED
                ? java.util.Optional.of(photo) : java.util.Optional.empty());
        String text = new String(bytes, StandardCharsets.UTF_8);

        // a character of the base64 data changed
        int at = text.indexOf("\"data\"") + 20;
        char c = text.charAt(at);
        String tampered = text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1);
        assertThatThrownBy(() -> ProjectFile.parse(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("校验值不符");

        // the attachments section removed: the project lists a file whose bytes are missing
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) ProjectJson.mapper().readTree(bytes);
        root.remove("attachments");
        byte[] stripped = ProjectJson.mapper().writeValueAsBytes(root);
        assertThatThrownBy(() -> ProjectFile.parse(stripped)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("现场.jpg").hasMessageContaining("缺失");

        // writing without the bytes is refused rather than producing such a file
        DiagnosisProject q = p;
        assertThatThrownBy(() -> ProjectFile.toBytes(q, "test", T)).hasMessageContaining("现场.jpg");
    }

    @Test
    void aVersion5FileGetsAnEmptySite() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "机构");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ProjectJson.mapper().readTree(ProjectFile.toBytes(
                p.withSite(org.energydiag.core.project.SiteData.empty(), T), "test", T));
        tree.put("formatVersion", 5);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("project")).remove("site");
        DiagnosisProject back = ProjectFile.parse(ProjectJson.mapper().writeValueAsBytes(tree));
        assertThat(back.site().process().isEmpty()).isTrue();
        assertThat(back.site().attachments()).isEmpty();
        assertThat(back.enterprise()).isEqualTo(p.enterprise());
        Files.deleteIfExists(dir.resolve("x"));
    }
}
