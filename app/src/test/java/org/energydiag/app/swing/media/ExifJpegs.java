package org.energydiag.app.swing.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Puts an EXIF orientation into a JPEG the way a camera does (APP1 right after SOI, no JFIF).
 * Copied from core's {@code JpegBytes} test helper: core's test classes are not on app's classpath.
 */
public final class ExifJpegs {

    private ExifJpegs() {
    }

    /** The JPEG with its JFIF APP0 (if any) replaced by an EXIF APP1 holding the orientation. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        int rest = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            rest = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.writeBytes(exifApp1(littleEndian, orientation));
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    /** An APP1 segment (marker and length included): "Exif\0\0", TIFF header, IFD0 with only tag 0x0112 (SHORT). */
    static byte[] exifApp1(boolean littleEndian, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        byte bom = littleEndian ? (byte) 'I' : (byte) 'M';
        tiff.put(bom).put(bom).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] id = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + id.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(id);
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }
}
