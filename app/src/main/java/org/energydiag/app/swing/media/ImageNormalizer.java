package org.energydiag.app.swing.media;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.EvidenceException;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.evidence.ExifOrientation;

/**
 * Prepares a photo or image for storage as evidence: decodes it (refusing what cannot be decoded),
 * turns it upright according to its EXIF orientation (Java's ImageIO ignores that tag, so a phone
 * photo of a nameplate would otherwise be stored lying on its side), downscales it so its longer
 * edge is at most {@link #STORED_EDGE} pixels, and re-encodes it as JPEG (quality {@value #JPEG_QUALITY}),
 * or as PNG when it has real transparency. An image that needs none of this is returned byte for byte.
 * <p>
 * Pure function of its input, safe to call from any thread; meant to run in a background task.
 */
public final class ImageNormalizer {

    /** Longer edge, in pixels, of stored evidence images: enough to read a nameplate, small enough to sync. */
    public static final int STORED_EDGE = 2048;

    /** Longer edge, in pixels, of the thumbnails shown in lists. */
    public static final int THUMBNAIL_EDGE = 160;

    /** JPEG quality of re-encoded images. */
    public static final float JPEG_QUALITY = 0.85f;

    /** Above this many pixels an image is decoded subsampled (still at least twice the target size), to bound memory. */
    static final long DIRECT_DECODE_PIXELS = 24_000_000L;

    /** Images claiming more pixels than this are refused outright (decompression bombs, panoramas of absurd size). */
    static final long MAX_PIXELS = 400_000_000L;

    private ImageNormalizer() {
    }

    /**
     * A normalized image.
     *
     * @param bytes the encoded image to store (the original array itself when nothing had to change)
     * @param mediaType {@code image/jpeg} or {@code image/png}
     * @param width width in pixels, upright
     * @param height height in pixels, upright
     * @param downscaled whether the image was made smaller
     * @param orientationApplied the EXIF orientation (1..8) that was applied; 1 when the image was already upright
     */
    public record Result(byte[] bytes, String mediaType, int width, int height, boolean downscaled, int orientationApplied) {

        /** Validates the fields. */
        public Result {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    /** {@link #normalize(String, byte[], EvidenceFile.Type, int)} to {@link #STORED_EDGE}, without a file name. */
    public static Result normalize(byte[] original, EvidenceFile.Type type) throws EvidenceException {
        return normalize(null, original, type, STORED_EDGE);
    }

    /** {@link #normalize(String, byte[], EvidenceFile.Type, int)} without a file name for the messages. */
    public static Result normalize(byte[] original, EvidenceFile.Type type, int maxEdge) throws EvidenceException {
        return normalize(null, original, type, maxEdge);
    }

    /**
     * Normalizes an image for storage (see the class comment).
     *
     * @param fileName named in error messages; may be null
     * @param original the file's bytes, already accepted by {@link EvidenceFile#detect}
     * @param type {@link EvidenceFile.Type#JPEG} or {@link EvidenceFile.Type#PNG}
     * @param maxEdge the longest edge allowed, in pixels (usually {@link #STORED_EDGE})
     * @throws EvidenceException with a Chinese message when the image cannot be decoded, is truncated or is absurdly large
     * @throws IllegalArgumentException when {@code type} is not an image or {@code maxEdge < 1}
     */
    public static Result normalize(String fileName, byte[] original, EvidenceFile.Type type, int maxEdge)
            throws EvidenceException {
        Objects.requireNonNull(original, "original");
        if (type == null || !type.isImage()) {
            throw new IllegalArgumentException("not an image type: " + type);
        }
        if (maxEdge < 1) {
            throw new IllegalArgumentException("maxEdge " + maxEdge);
        }
        String who = who(fileName);
        int orientation = type == EvidenceFile.Type.JPEG ? ExifOrientation.read(original) : ExifOrientation.UPRIGHT;
        Decoded decoded = decode(who, original, maxEdge);
        boolean alpha = decoded.image.getColorModel().hasAlpha();
        BufferedImage image = convert(decoded.image, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);

        boolean downscaled = decoded.subsampled || Math.max(decoded.width, decoded.height) > maxEdge;
        if (downscaled) {
            image = fit(image, decoded.width, decoded.height, maxEdge); // the longer edge is the same before and after rotation
        }
        image = orient(image, orientation);
        boolean transparent = alpha && hasTransparency(image);

        boolean unchanged = !downscaled && orientation == ExifOrientation.UPRIGHT;
        if (unchanged && type == EvidenceFile.Type.JPEG) {
            return new Result(original, type.mediaType(), image.getWidth(), image.getHeight(), false, orientation);
        }
        if (unchanged && transparent) { // a PNG that must stay PNG and needs nothing else
            return new Result(original, EvidenceFile.Type.PNG.mediaType(), image.getWidth(), image.getHeight(), false,
                    orientation);
        }
        if (transparent) {
            return new Result(png(image), EvidenceFile.Type.PNG.mediaType(), image.getWidth(), image.getHeight(), downscaled,
                    orientation);
        }
        BufferedImage rgb = convert(image, BufferedImage.TYPE_INT_RGB);
        return new Result(jpeg(rgb), EvidenceFile.Type.JPEG.mediaType(), rgb.getWidth(), rgb.getHeight(), downscaled,
                orientation);
    }

    /**
     * A PNG thumbnail whose longer edge is at most {@code edge} pixels (never enlarged), transparency kept.
     * Meant for normalized images; an EXIF orientation still present in a JPEG is applied all the same.
     *
     * @throws IllegalArgumentException when the bytes are not a decodable image or {@code edge < 1}
     */
    public static byte[] thumbnail(byte[] normalized, int edge) {
        Objects.requireNonNull(normalized, "normalized");
        if (edge < 1) {
            throw new IllegalArgumentException("edge " + edge);
        }
        try {
            Decoded decoded = decode(Texts.get("media.thisImage"), normalized, edge);
            boolean alpha = decoded.image.getColorModel().hasAlpha();
            BufferedImage image = convert(decoded.image, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            if (decoded.subsampled || Math.max(decoded.width, decoded.height) > edge) {
                image = fit(image, decoded.width, decoded.height, edge);
            }
            return png(orient(image, ExifOrientation.read(normalized)));
        } catch (EvidenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- decoding

    private record Decoded(BufferedImage image, int width, int height, boolean subsampled) {
    }

    private static Decoded decode(String who, byte[] bytes, int maxEdge) throws EvidenceException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw undecodable(who, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // metadata ignored: the orientation is parsed separately
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw undecodable(who, null);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new EvidenceException(String.format(Locale.ROOT, Texts.get("media.tooLarge"), who, width, height));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height, maxEdge);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw undecodable(who, null);
                }
                if (warnings.stream().anyMatch(w -> w != null && w.toLowerCase(Locale.ROOT).contains("premature end"))) {
                    throw new EvidenceException(Texts.format("media.truncated", who));
                }
                return new Decoded(image, width, height, step > 1);
            } finally {
                reader.dispose();
            }
        } catch (EvidenceException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // ImageIO also throws unchecked exceptions on malformed data
            throw undecodable(who, e);
        }
    }

    /** 1, or the decoding step for very large images that still leaves at least twice the target edge. */
    static int subsampling(int width, int height, int maxEdge) {
        if ((long) width * height <= DIRECT_DECODE_PIXELS) {
            return 1;
        }
        return (int) Math.max(1, Math.max(width, height) / (2L * maxEdge));
    }

    private static EvidenceException undecodable(String who, Exception cause) {
        String detail = cause == null ? "" : String.valueOf(cause.getMessage());
        if (detail.contains("Unsupported Image Type")) {
            return new EvidenceException(Texts.format("media.cmyk", who), cause);
        }
        return new EvidenceException(Texts.format("media.undecodable", who), cause);
    }

    private static String who(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Texts.get("media.thisImage");
        }
        String n = fileName.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return Texts.format("media.namedImage", slash >= 0 && slash < n.length() - 1 ? n.substring(slash + 1) : n);
    }

    // ---------------------------------------------------------------- pixels

    /** The image as {@code type} (TYPE_INT_RGB or TYPE_INT_ARGB); the same object when it already is. */
    private static BufferedImage convert(BufferedImage src, int type) {
        if (src.getType() == type) {
            return src;
        }
        BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = dst.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE); // transparent pixels of an opaque-looking PNG become white, not black
                g.fillRect(0, 0, dst.getWidth(), dst.getHeight());
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    /**
     * Scales so that the longer edge is {@code maxEdge}, keeping the proportions of the original
     * {@code width × height} (the image may have been decoded subsampled): halving steps with bilinear
     * interpolation while more than twice too large (each step averages 2×2 pixels, so fine detail such
     * as nameplate text does not alias), then one last step, bicubic for opaque images.
     */
    static BufferedImage fit(BufferedImage src, int width, int height, int maxEdge) {
        double scale = (double) maxEdge / Math.max(width, height);
        int targetW = Math.max(1, (int) Math.round(width * scale));
        int targetH = Math.max(1, (int) Math.round(height * scale));
        if (width >= height) {
            targetW = maxEdge;
        } else {
            targetH = maxEdge;
        }
        BufferedImage current = src;
        int w = src.getWidth();
        int h = src.getHeight();
        while (w != targetW || h != targetH) {
            boolean last = w / 2 < targetW && h / 2 < targetH;
            w = w > targetW ? Math.max(targetW, w / 2) : targetW;
            h = h > targetH ? Math.max(targetH, h / 2) : targetH;
            Object interpolation = last && src.getType() == BufferedImage.TYPE_INT_RGB
                    ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR;
            current = scale(current, w, h, interpolation);
        }
        return current;
    }

    private static BufferedImage scale(BufferedImage src, int w, int h, Object interpolation) {
        BufferedImage dst = new BufferedImage(w, h, src.getType());
        Graphics2D g = dst.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    /**
     * The image turned upright for an EXIF orientation: 2 mirror horizontally, 3 rotate 180°, 4 mirror
     * vertically, 5 transpose, 6 rotate 90° clockwise, 7 transverse, 8 rotate 270° clockwise. Exact pixel moves, no resampling.
     */
    static BufferedImage orient(BufferedImage src, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                out[y * outW + x] = in[sy * w + sx];
            }
        }
        BufferedImage dst = new BufferedImage(outW, outH, src.getType());
        dst.setRGB(0, 0, outW, outH, out, 0, outW);
        return dst;
    }

    private static boolean hasTransparency(BufferedImage image) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- encoding

    private static byte[] jpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return write(writer, rgb, param);
    }

    private static byte[] png(BufferedImage image) {
        return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
    }

    /** Encodes in memory (ImageIO's own stream factories may cache in temporary files). */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
