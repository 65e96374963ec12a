package org.energydiag.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The date a photo was taken. The EXIF blocks are written out by hand after EXIF 2.32 (TIFF header,
 * IFD0 with DateTime 0x0132 and the Exif IFD pointer 0x8769, Exif IFD with DateTimeOriginal 0x9003,
 * ASCII "YYYY:MM:DD HH:MM:SS\0" = 20 bytes stored at an offset).
 */
class ExifDateTest {

    /** A JPEG header with an EXIF block: DateTime = {@code modified}, DateTimeOriginal = {@code taken} (null: absent). */
    static byte[] jpeg(boolean little, String modified, String taken) {
        ByteBuffer t = ByteBuffer.allocate(200).order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        t.put((byte) (little ? 'I' : 'M')).put((byte) (little ? 'I' : 'M')).putShort((short) 42).putInt(8);
        // IFD0 at 8: 2 entries (DateTime, ExifIFD pointer), next IFD 0 → 8 + 2 + 24 + 4 = 38
        int dateAt = 38;
        int exifAt = 60;
        int originalAt = exifAt + 2 + 12 + 4; // 78
        t.putShort((short) 2);
        t.putShort((short) 0x0132).putShort((short) 2).putInt(20).putInt(dateAt);
        t.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(taken == null ? 0 : exifAt);
        t.putInt(0);
        t.position(dateAt);
        t.put((modified + "\0").getBytes(StandardCharsets.US_ASCII));
        if (taken != null) {
            t.position(exifAt);
            t.putShort((short) 1);
            t.putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(originalAt);
            t.putInt(0);
            t.position(originalAt);
            t.put((taken + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] tiff = new byte[120];
        t.position(0);
        t.get(tiff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int len = 2 + 6 + tiff.length;
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    @Test
    void theDateTakenWinsOverTheDateModifiedInBothByteOrders() {
        for (boolean little : new boolean[] {true, false}) {
            assertThat(ExifDate.read(jpeg(little, "2026:11:20 18:00:00", "2026:11:03 09:41:27")))
                    .hasValue(LocalDate.of(2026, 11, 3));
            assertThat(ExifDate.read(jpeg(little, "2026:11:20 18:00:00", null))).hasValue(LocalDate.of(2026, 11, 20));
        }
    }

    @Test
    void noDateOrGarbageGivesNothing() {
        assertThat(ExifDate.read(jpeg(true, "0000:00:00 00:00:00", null))).isEmpty();
        assertThat(ExifDate.read(null)).isEmpty();
        assertThat(ExifDate.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).isEmpty();
        byte[] good = jpeg(false, "2026:11:20 18:00:00", "2026:11:03 09:41:27");
        for (int cut = 0; cut < good.length; cut++) {
            ExifDate.read(java.util.Arrays.copyOf(good, cut)); // never throws
        }
        Random r = new Random(5);
        for (int i = 0; i < 2000; i++) {
            byte[] b = good.clone();
            b[4 + r.nextInt(b.length - 4)] = (byte) r.nextInt();
            ExifDate.read(b); // never throws
        }
        // the orientation reader still works with the shared segment walk
        assertThat(ExifOrientation.read(good)).isEqualTo(ExifOrientation.UPRIGHT);
    }
}
