package org.energydiag.core.evidence;

import java.nio.charset.StandardCharsets;

/**
 * Reads the EXIF orientation (tag 0x0112 of IFD0) of a JPEG: how the camera was held, which the
 * pixels themselves do not show. Values follow the TIFF/EXIF specification:
 * <ol>
 * <li>upright (nothing to do)</li>
 * <li>mirrored horizontally</li>
 * <li>rotated 180°</li>
 * <li>mirrored vertically</li>
 * <li>transposed (mirrored horizontally, then rotated 270° clockwise)</li>
 * <li>must be rotated 90° clockwise to be upright</li>
 * <li>transversed (mirrored horizontally, then rotated 90° clockwise)</li>
 * <li>must be rotated 270° clockwise (90° counter-clockwise) to be upright</li>
 * </ol>
 * Pure byte parsing (no imaging library): walks the JPEG markers from SOI up to SOS, finds the APP1
 * segment starting with {@code "Exif\0\0"} and reads its TIFF header in either byte order. Every
 * offset is bounds-checked, so garbage, truncated or hostile input yields 1 and never an exception.
 */
public final class ExifOrientation {

    /** The orientation of an image that needs no rotation or mirroring. */
    public static final int UPRIGHT = 1;

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int TYPE_LONG = 4;
    private static final byte[] EXIF_ID = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifOrientation() {
    }

    /**
     * The EXIF orientation of a JPEG, 1..8; 1 when the bytes are not a JPEG, carry no EXIF
     * orientation, or the EXIF block is unreadable or holds a value outside 1..8.
     *
     * @param jpeg the whole file, or at least its header segments; may be null
     */
    public static int read(byte[] jpeg) {
        try {
            return scan(jpeg);
        } catch (RuntimeException e) {
            // Defensive only: every access below is bounds-checked.
            return UPRIGHT;
        }
    }

    private static int scan(byte[] b) {
        int[] tiff = findTiff(b);
        if (tiff == null) {
            return UPRIGHT;
        }
        int orientation = tiffOrientation(b, tiff[0], tiff[1]);
        return orientation != 0 ? orientation : UPRIGHT;
    }

    /**
     * The TIFF block of the first EXIF APP1 segment of a JPEG as {start, length}, or null: walks the
     * markers from SOI up to SOS with every offset bounds-checked.
     */
    static int[] findTiff(byte[] b) {
        if (b == null || b.length < 4 || u8(b, 0) != 0xFF || u8(b, 1) != 0xD8) {
            return null;
        }
        int p = 2;
        while (p < b.length) {
            if (u8(b, p) != 0xFF) {
                return null; // not at a marker: the header is damaged
            }
            while (p < b.length && u8(b, p) == 0xFF) {
                p++; // fill bytes
            }
            if (p >= b.length) {
                return null;
            }
            int marker = u8(b, p++);
            if (marker == 0xDA || marker == 0xD9) {
                return null; // SOS (image data follows) or EOI: no EXIF in the header
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // TEM and RSTn stand alone, without a length
            }
            if (p + 2 > b.length) {
                return null;
            }
            int length = u16be(b, p);
            if (length < 2 || p + length > b.length) {
                return null; // truncated segment
            }
            int payload = p + 2;
            int payloadLength = length - 2;
            if (marker == 0xE1 && startsWith(b, payload, payloadLength, EXIF_ID)) {
                return new int[] {payload + EXIF_ID.length, payloadLength - EXIF_ID.length};
            }
            p += length;
        }
        return null;
    }

    /** The orientation in the TIFF block at {@code [start, start + length)}, or 0 when there is none. */
    private static int tiffOrientation(byte[] b, int start, int length) {
        if (length < 8) {
            return 0;
        }
        boolean little;
        if (u8(b, start) == 'I' && u8(b, start + 1) == 'I') {
            little = true;
        } else if (u8(b, start) == 'M' && u8(b, start + 1) == 'M') {
            little = false;
        } else {
            return 0;
        }
        if (u16(b, start + 2, little) != 42) {
            return 0;
        }
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || ifd + 2 > length) {
            return 0;
        }
        int ifdPos = start + (int) ifd;
        int count = u16(b, ifdPos, little);
        int entries = ifdPos + 2;
        int end = start + length;
        for (int i = 0; i < count; i++) {
            int e = entries + 12 * i;
            if (e + 12 > end) {
                return 0;
            }
            if (u16(b, e, little) != TAG_ORIENTATION) {
                continue;
            }
            int type = u16(b, e + 2, little);
            long n = u32(b, e + 4, little);
            if (n < 1) {
                return 0;
            }
            long value;
            if (type == TYPE_SHORT) {
                value = u16(b, e + 8, little);
            } else if (type == TYPE_LONG) {
                value = u32(b, e + 8, little); // out of spec, but written by some tools
            } else {
                return 0;
            }
            return value >= 1 && value <= 8 ? (int) value : 0;
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int pos, int available, byte[] prefix) {
        if (available < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16be(byte[] b, int i) {
        return (u8(b, i) << 8) | u8(b, i + 1);
    }

    static int u16(byte[] b, int i, boolean little) {
        return little ? (u8(b, i + 1) << 8) | u8(b, i) : u16be(b, i);
    }

    static long u32(byte[] b, int i, boolean little) {
        long hi = u16(b, little ? i + 2 : i, little);
        long lo = u16(b, little ? i : i + 2, little);
        return (hi << 16) | lo;
    }
}
