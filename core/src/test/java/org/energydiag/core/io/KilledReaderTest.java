package org.energydiag.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader of project files killed while it decodes an attachment leaves its temporary folder in
 * the system's temporary folder; the next writer's start removes it — and never the folder of a
 * reader that still runs (issue #19: orphans swept at every start of a writer).
 */
class KilledReaderTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");

    @TempDir
    Path dir;

    /** A project file with a 4 MB attachment (random bytes behind a PDF header). */
    private Path bigProject() throws IOException {
        byte[] big = new byte[4 << 20];
        new Random(7).nextBytes(big);
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        DiagnosisProject p = DemoProjects.cementPlant(T, "机构");
        Attachment a = new Attachment(null, "report.pdf", "application/pdf", "", null, null, null, big.length,
                Hashes.sha256(big), 0, 0, false, false);
        Path file = dir.resolve("big.edproj");
        ProjectFile.write(p.withSite(p.site().withAttachments(List.of(a)), T), file, "test", T,
                (id, kind) -> kind == Attachment.Blob.STORED ? java.util.Optional.of(big) : java.util.Optional.empty());
        return file;
    }

    @Test
    void theFolderOfAKilledReaderIsSweptAndALiveOnesIsNot() throws Exception {
        Path file = bigProject();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                StalledReader.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine(); // the child says when it stalls, half-way through the attachment
            assertThat(line).isEqualTo(StalledReader.STALLED);
            List<Path> folders = folders(tmp);
            assertThat(folders).as("the reader's folder while it reads").hasSize(1);
            try (Stream<Path> s = Files.list(folders.get(0))) {
                assertThat(s.map(f -> f.getFileName().toString())).contains(OwnedTempDirs.OWNER).anyMatch(n -> n.startsWith("blob-"));
            }
            assertThat(OwnedTempDirs.sweepStale(tmp, ProjectFileReader.TEMP_PREFIX, T)).as("a live reader's folder").isZero();
            assertThat(folders.get(0)).isDirectory();

            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(folders.get(0)).as("kill -9 leaves the folder").isDirectory();
            assertThat(OwnedTempDirs.sweepStale(tmp, ProjectFileReader.TEMP_PREFIX, T)).isEqualTo(1);
            assertThat(folders(tmp)).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void thisProcesssFoldersStayAndUnlockedOnesGoOnlyWhenOld() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path mine = OwnedTempDirs.create(tmp, ProjectFileReader.TEMP_PREFIX);
        Path young = Files.createDirectory(tmp.resolve(ProjectFileReader.TEMP_PREFIX + "young"));
        Path old = Files.createDirectory(tmp.resolve(ProjectFileReader.TEMP_PREFIX + "old"));
        Files.writeString(old.resolve("blob-1"), "x");
        Files.setLastModifiedTime(old, FileTime.from(T.minus(OwnedTempDirs.UNLOCKED_AGE).minusSeconds(60)));
        Files.setLastModifiedTime(young, FileTime.from(T.minusSeconds(60)));
        Path other = Files.createDirectory(tmp.resolve("someone-else"));

        assertThat(OwnedTempDirs.sweepStale(tmp, ProjectFileReader.TEMP_PREFIX, T)).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(young).isDirectory();
        assertThat(mine).isDirectory();
        assertThat(other).isDirectory();
        // and this process's lock still holds after the sweep looked at the folder
        OwnedTempDirs.delete(mine);
        assertThat(mine).doesNotExist();
    }

    @Test
    void aReadThatEndsRemovesItsFolder() throws Exception {
        Path file = bigProject();
        try (ProjectFile.Contents c = ProjectFile.readContents(file)) {
            assertThat(c.tempDir()).isDirectory();
            assertThat(c.tempDir().resolve(OwnedTempDirs.OWNER)).exists();
            assertThat(c.bytes(c.project().site().attachments().get(0).id(), Attachment.Blob.STORED)).get()
                    .satisfies(b -> assertThat(b).hasSize(4 << 20));
            Path t = c.tempDir();
            c.close();
            assertThat(t).doesNotExist();
        }
    }

    private static List<Path> folders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(ProjectFileReader.TEMP_PREFIX)).toList();
        }
    }

    /** The child: reads a project file through a stream that stops half-way through and waits to be killed. */
    public static final class StalledReader {
        static final String STALLED = "stalled";

        public static void main(String[] args) throws Exception {
            byte[] all = Files.readAllBytes(Path.of(args[0]));
            int half = all.length / 2;
            InputStream in = new InputStream() {
                private int pos;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (pos >= half) {
                        System.out.println(STALLED);
                        System.out.flush();
                        try {
                            new java.util.concurrent.CountDownLatch(1).await(); // until killed
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                    }
                    int n = Math.min(len, half - pos);
                    System.arraycopy(all, pos, b, off, n);
                    pos += n;
                    return n;
                }
            };
            ProjectFile.read(in);
        }
    }
}
