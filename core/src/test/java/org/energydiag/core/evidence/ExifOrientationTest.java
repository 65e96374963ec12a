package org.energydiag.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.evidence.JpegBytes.app1;
import static org.energydiag.core.evidence.JpegBytes.concat;
import static org.energydiag.core.evidence.JpegBytes.exifApp1;
import static org.energydiag.core.evidence.JpegBytes.jfifApp0;
import static org.energydiag.core.evidence.JpegBytes.jpeg;
import static org.energydiag.core.evidence.JpegBytes.segment;
import static org.energydiag.core.evidence.JpegBytes.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExifOrientationTest {

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsIntelByteOrder(int orientation) {
        assertThat(ExifOrientation.read(jpeg(exifApp1(true, orientation)))).isEqualTo(orientation);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsMotorolaByteOrder(int orientation) {
        assertThat(ExifOrientation.read(jpeg(exifApp1(false, orientation)))).isEqualTo(orientation);
    }

    @Test
    void findsExifAfterJfifAndAfterAnXmpApp1() {
        byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ExifOrientation.read(jpeg(jfifApp0(), exifApp1(true, 6)))).isEqualTo(6);
        assertThat(ExifOrientation.read(jpeg(jfifApp0(), xmp, exifApp1(false, 8)))).isEqualTo(8);
    }

    @Test
    void findsTheTagAmongOthersAndSkipsFillBytes() {
        byte[] t = tiff(false, new int[][] {{0x010F, JpegBytes.TYPE_ASCII, 0x4142}, {0x0110, JpegBytes.TYPE_ASCII, 0},
            {0x0112, JpegBytes.TYPE_SHORT, 3}, {0x011A, 5, 0}});
        assertThat(ExifOrientation.read(jpeg(app1(t)))).isEqualTo(3);
        byte[] padded = concat(new byte[] {(byte) 0xFF, (byte) 0xFF}, exifApp1(true, 5)); // FF fill before the marker
        assertThat(ExifOrientation.read(jpeg(padded))).isEqualTo(5);
    }

    @Test
    void toleratesALongInsteadOfAShort() {
        assertThat(ExifOrientation.read(jpeg(app1(tiff(true, new int[][] {{0x0112, JpegBytes.TYPE_LONG, 6}})))))
                .isEqualTo(6);
        assertThat(ExifOrientation.read(jpeg(app1(tiff(false, new int[][] {{0x0112, JpegBytes.TYPE_LONG, 8}})))))
                .isEqualTo(8);
    }

    @Test
    void uprightWhenThereIsNoOrientation() {
        assertThat(ExifOrientation.read(jpeg())).isEqualTo(1);
        assertThat(ExifOrientation.read(jpeg(jfifApp0()))).isEqualTo(1);
        assertThat(ExifOrientation.read(jpeg(app1(tiff(true, new int[][] {{0x010F, JpegBytes.TYPE_ASCII, 0}})))))
                .isEqualTo(1);
        assertThat(ExifOrientation.read(jpeg(app1(tiff(true, new int[0][]))))).isEqualTo(1);
    }

    @ParameterizedTest(name = "value {0}")
    @ValueSource(ints = {0, 9, 255, 0xFFFF})
    void uprightWhenTheValueIsOutOfRange(int value) {
        assertThat(ExifOrientation.read(jpeg(exifApp1(true, value)))).isEqualTo(1);
        assertThat(ExifOrientation.read(jpeg(exifApp1(false, value)))).isEqualTo(1);
    }

    @Test
    void uprightWhenTheTagHasTheWrongType() {
        assertThat(ExifOrientation.read(jpeg(app1(tiff(true, new int[][] {{0x0112, JpegBytes.TYPE_ASCII, 6}})))))
                .isEqualTo(1);
    }

    @Test
    void stopsAtTheStartOfScan() {
        byte[] base = jpeg();
        int sos = indexOfMarker(base, 0xDA);
        // an EXIF segment placed after SOS is scan data, not a header
        byte[] afterSos = concat(Arrays.copyOf(base, base.length - 2), exifApp1(true, 6), new byte[] {(byte) 0xFF, (byte) 0xD9});
        assertThat(sos).isPositive();
        assertThat(ExifOrientation.read(afterSos)).isEqualTo(1);
    }

    @Test
    void uprightForEmptyGarbageAndOtherFormats() {
        assertThat(ExifOrientation.read(null)).isEqualTo(1);
        assertThat(ExifOrientation.read(new byte[0])).isEqualTo(1);
        assertThat(ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(1);
        assertThat(ExifOrientation.read("hello, this is not a jpeg".getBytes(StandardCharsets.US_ASCII))).isEqualTo(1);
        assertThat(ExifOrientation.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0})).isEqualTo(1);
        // not at a marker right after SOI
        assertThat(ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x00, 0x01, 0x02, 0x03})).isEqualTo(1);
        // only fill bytes
        assertThat(ExifOrientation.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"little,true", "big,false"})
    void everyTruncationIsUprightOrCorrectAndNeverThrows(String name, boolean little) {
        byte[] full = jpeg(jfifApp0(), exifApp1(little, 7));
        int app1End = jfifApp0().length + 2 + exifApp1(little, 7).length;
        for (int n = 0; n <= full.length; n++) {
            int o = ExifOrientation.read(Arrays.copyOf(full, n));
            assertThat(o).as("first %d bytes", n).isEqualTo(n >= app1End ? 7 : 1);
        }
    }

    @Test
    void hostileOffsetsAndCountsAreUpright() {
        for (boolean little : new boolean[] {true, false}) {
            ByteOrder order = little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            // IFD offset beyond the block, and 0xFFFFFFFF (negative as an int)
            for (int ifd : new int[] {4, 0x1000, 0x7FFFFFFF, 0xFFFFFFFF}) {
                byte[] t = tiff(little, new int[][] {{0x0112, JpegBytes.TYPE_SHORT, 6}});
                ByteBuffer.wrap(t).order(order).putInt(4, ifd);
                assertThat(ExifOrientation.read(jpeg(app1(t)))).as("ifd offset %x", ifd).isEqualTo(1);
            }
            // entry count far larger than the block
            byte[] t = tiff(little, new int[][] {{0x0110, JpegBytes.TYPE_SHORT, 1}});
            ByteBuffer.wrap(t).order(order).putShort(8, (short) 0xFFFF);
            assertThat(ExifOrientation.read(jpeg(app1(t)))).isEqualTo(1);
            // not 42 after the byte order mark
            byte[] bad = tiff(little, new int[][] {{0x0112, JpegBytes.TYPE_SHORT, 6}});
            ByteBuffer.wrap(bad).order(order).putShort(2, (short) 43);
            assertThat(ExifOrientation.read(jpeg(app1(bad)))).isEqualTo(1);
        }
        // mixed byte order mark
        byte[] mixed = tiff(true, new int[][] {{0x0112, JpegBytes.TYPE_SHORT, 6}});
        mixed[1] = 'M';
        assertThat(ExifOrientation.read(jpeg(app1(mixed)))).isEqualTo(1);
        // segment length running past the end, and shorter than its own length field
        byte[] longSegment = jpeg(exifApp1(true, 6));
        longSegment[4] = (byte) 0x7F;
        assertThat(ExifOrientation.read(longSegment)).isEqualTo(1);
        byte[] tinySegment = jpeg(exifApp1(true, 6));
        tinySegment[4] = 0;
        tinySegment[5] = 1;
        assertThat(ExifOrientation.read(tinySegment)).isEqualTo(1);
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20260601);
        byte[] seed = jpeg(jfifApp0(), exifApp1(false, 6));
        for (int i = 0; i < 20_000; i++) {
            byte[] b;
            if (i % 2 == 0) {
                b = new byte[random.nextInt(200)];
                random.nextBytes(b);
                if (b.length >= 2) {
                    b[0] = (byte) 0xFF;
                    b[1] = (byte) 0xD8;
                }
            } else { // a valid header with a few bytes flipped
                b = seed.clone();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            assertThat(ExifOrientation.read(b)).isBetween(1, 8);
        }
    }

    private static int indexOfMarker(byte[] b, int marker) {
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        return -1;
    }
}
