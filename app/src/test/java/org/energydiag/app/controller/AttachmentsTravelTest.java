package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2AttachmentStore;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.workspace.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments travel with the project: exported from one data folder, imported into another
 * (also as a copy), duplicated — the bytes are the same, byte for byte; bytes nobody refers to
 * are swept.
 */
class AttachmentsTravelTest {

    @TempDir
    Path dir;

    @Test
    void exportImportAndDuplicateKeepEveryByte() throws Exception {
        byte[] photo = new byte[250_000];
        new Random(9).nextBytes(photo);
        byte[] original = new byte[700_000];
        new Random(10).nextBytes(original);
        for (byte[] b : new byte[][] {photo, original}) { // JPEG's first bytes: an import checks content against type
            b[0] = (byte) 0xFF;
            b[1] = (byte) 0xD8;
            b[2] = (byte) 0xFF;
        }
        Attachment a = new Attachment(null, "窑头铭牌.jpg", "image/jpeg", "1#窑主电机铭牌", LocalDate.of(2026, 11, 2),
                Attachment.Target.PROJECT, "", photo.length, Hashes.sha256(photo), 2048, 1536, true, true);
        Path file = dir.resolve("p.edproj");
        DiagnosisProject p;
        try (Database db = Database.open(dir.resolve("site"))) {
            var repo = new H2ProjectRepository(db, Clock.systemUTC());
            var store = new H2AttachmentStore(db);
            HomeController home = new HomeController(repo, store, Clock.systemUTC(), Settings::defaults, "test");
            p = home.create();
            p = p.withSite(p.site().withAttachments(List.of(a)), Instant.now());
            store.put(p.id(), a.id(), Map.of(Attachment.Blob.STORED, photo, Attachment.Blob.ORIGINAL, original));
            repo.put(p);
            home.exportProject(p.id(), file);

            DiagnosisProject copy = home.duplicate(p.id());
            assertThat(store.get(copy.id(), a.id(), Attachment.Blob.STORED)).hasValue(photo);
        }
        try (Database db = Database.open(dir.resolve("office"))) {
            var repo = new H2ProjectRepository(db, Clock.systemUTC());
            var store = new H2AttachmentStore(db);
            HomeController home = new HomeController(repo, store, Clock.systemUTC(), Settings::defaults, "test");
            DiagnosisProject in = home.commitImport(home.checkImport(file), HomeController.ConflictChoice.REPLACE);
            assertThat(in.site().attachments()).containsExactly(a);
            assertThat(store.get(in.id(), a.id(), Attachment.Blob.STORED)).hasValue(photo);
            assertThat(store.get(in.id(), a.id(), Attachment.Blob.ORIGINAL)).hasValue(original);
            // imported again as a copy: the copy has its own bytes
            DiagnosisProject copy = home.commitImport(home.checkImport(file), HomeController.ConflictChoice.COPY);
            assertThat(copy.id()).isNotEqualTo(in.id());
            assertThat(store.get(copy.id(), a.id(), Attachment.Blob.STORED)).hasValue(photo);

            // removing the attachment from the project leaves bytes that the sweep takes away
            repo.put(in.withSite(in.site().withAttachments(List.of()), Instant.now()));
            assertThat(store.sweep(in.id(), java.util.Set.of())).isEqualTo(1);
            assertThat(store.get(in.id(), a.id(), Attachment.Blob.STORED)).isEmpty();
            assertThat(store.get(copy.id(), a.id(), Attachment.Blob.STORED)).hasValue(photo);
        }
    }

    @Test
    void theDemoCarriesItsProcessThroughTheStore() throws Exception {
        try (Database db = Database.open(dir.resolve("d"))) {
            var repo = new H2ProjectRepository(db, Clock.systemUTC());
            DiagnosisProject p = DemoProjects.cementPlant(Instant.now(), "");
            repo.put(p);
            DiagnosisProject back = repo.load(p.id()).orElseThrow();
            assertThat(back.site().process()).isEqualTo(p.site().process());
            assertThat(back.site().process().units()).extracting(u -> u.name()).contains("熟料烧成", "余热发电");
        }
    }
}
