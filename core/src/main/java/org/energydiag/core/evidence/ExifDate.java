package org.energydiag.core.evidence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date a photo was taken, from its EXIF block: DateTimeOriginal (tag 0x9003 in the Exif
 * sub-IFD that IFD0's tag 0x8769 points to), else IFD0's DateTime (0x0132), both ASCII
 * "YYYY:MM:DD HH:MM:SS" (EXIF 2.32 §4.6.5). Empty when absent or unreadable; never throws.
 */
public final class ExifDate {

    private static final int TAG_EXIF_IFD = 0x8769;
    private static final int TAG_DATE_TIME = 0x0132;
    private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;
    private static final int TYPE_ASCII = 2;
    private static final int TYPE_LONG = 4;

    private ExifDate() {
    }

    public static Optional<LocalDate> read(byte[] jpeg) {
        try {
            int[] tiff = ExifOrientation.findTiff(jpeg);
            return tiff == null ? Optional.empty() : Optional.ofNullable(fromTiff(jpeg, tiff[0], tiff[1]));
        } catch (RuntimeException e) {
            return Optional.empty(); // defensive: offsets are checked below
        }
    }

    private static LocalDate fromTiff(byte[] b, int start, int length) {
        if (length < 8) {
            return null;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return null;
        }
        if (ExifOrientation.u16(b, start + 2, little) != 42) {
            return null;
        }
        long ifd0 = ExifOrientation.u32(b, start + 4, little);
        LocalDate dateTime = null;
        long exifIfd = -1;
        int n = entries(b, start, length, ifd0, little);
        for (int i = 0; i < n; i++) {
            int e = start + (int) ifd0 + 2 + 12 * i;
            int tag = ExifOrientation.u16(b, e, little);
            if (tag == TAG_DATE_TIME) {
                dateTime = ascii(b, start, length, e, little);
            } else if (tag == TAG_EXIF_IFD && ExifOrientation.u16(b, e + 2, little) == TYPE_LONG) {
                exifIfd = ExifOrientation.u32(b, e + 8, little);
            }
        }
        if (exifIfd > 0) {
            int m = entries(b, start, length, exifIfd, little);
            for (int i = 0; i < m; i++) {
                int e = start + (int) exifIfd + 2 + 12 * i;
                if (ExifOrientation.u16(b, e, little) == TAG_DATE_TIME_ORIGINAL) {
                    LocalDate original = ascii(b, start, length, e, little);
                    if (original != null) {
                        return original;
                    }
                }
            }
        }
        return dateTime;
    }

    /** Number of whole entries of the IFD at {@code offset} that lie inside the block; 0 if none. */
    private static int entries(byte[] b, int start, int length, long offset, boolean little) {
        if (offset < 8 || offset + 2 > length) {
            return 0;
        }
        int count = ExifOrientation.u16(b, start + (int) offset, little);
        long room = (length - offset - 2) / 12;
        return (int) Math.min(count, room);
    }

    /** An ASCII date entry ("YYYY:MM:DD …", 20 bytes, stored at the offset in the value field). */
    private static LocalDate ascii(byte[] b, int start, int length, int entry, boolean little) {
        if (ExifOrientation.u16(b, entry + 2, little) != TYPE_ASCII) {
            return null;
        }
        long count = ExifOrientation.u32(b, entry + 4, little);
        if (count < 10) {
            return null;
        }
        long at = count <= 4 ? entry + 8 - start : ExifOrientation.u32(b, entry + 8, little);
        if (at < 0 || at + 10 > length) {
            return null;
        }
        String s = new String(b, start + (int) at, 10, StandardCharsets.US_ASCII);
        try {
            return LocalDate.parse(s.replace(':', '-'));
        } catch (DateTimeParseException e) {
            return null; // "0000:00:00" and the like: no date
        }
    }
}
