package org.energydiag.core.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Hand-built JPEG headers for the EXIF tests (copied in app's ImageNormalizerTest, whose classpath lacks core's tests). */
final class JpegBytes {

    static final int TYPE_ASCII = 2;
    static final int TYPE_SHORT = 3;
    static final int TYPE_LONG = 4;

    private JpegBytes() {
    }

    /** An APP1 segment (marker and length included) with an EXIF block holding only the orientation in IFD0. */
    static byte[] exifApp1(boolean littleEndian, int orientation) {
        return app1(tiff(littleEndian, new int[][] {{0x0112, TYPE_SHORT, orientation}}));
    }

    /**
     * A TIFF block: header, IFD0 at offset 8 with the given entries {tag, type, value} (value in the
     * first bytes of the value field, count 1), next-IFD offset 0.
     */
    static byte[] tiff(boolean littleEndian, int[][] entries) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 * entries.length + 4)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M');
        b.putShort((short) 42).putInt(8);
        b.putShort((short) entries.length);
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == TYPE_LONG) {
                b.putInt(e[2]);
            } else {
                b.putShort((short) e[2]).putShort((short) 0);
            }
        }
        b.putInt(0);
        return b.array();
    }

    /** An APP1 "Exif\0\0" segment around a TIFF block. */
    static byte[] app1(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    /** A marker segment: FF, marker, big-endian length (payload + 2), payload. */
    static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    /** A JFIF APP0 segment, as ImageIO and many editors write first. */
    static byte[] jfifApp0() {
        return segment(0xE0, new byte[] {'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
    }

    /** SOI, the given segments, then a minimal rest: DQT-like segment, SOS, a few bytes of "scan data", EOI. */
    static byte[] jpeg(byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.writeBytes(segment(0xDB, new byte[65]));
        out.writeBytes(segment(0xDA, new byte[] {1, 1, 0, 0, 63, 0}));
        out.writeBytes(new byte[] {0x12, 0x34, (byte) 0xFF, 0x00, 0x56});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
