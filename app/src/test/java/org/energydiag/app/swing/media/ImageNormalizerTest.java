package org.energydiag.app.swing.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.energydiag.core.evidence.EvidenceException;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.evidence.EvidenceFile.Type;
import org.energydiag.core.evidence.ExifOrientation;
import org.energydiag.app.swing.media.ImageNormalizer.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageNormalizerTest {

    private static final int SQUARE = 60;

    /** 400×200, grey, a red square in the top-left corner and a blue one in the top-right corner. */
    private static BufferedImage marked(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(0, 0, SQUARE, SQUARE);
        g.setColor(Color.BLUE);
        g.fillRect(w - SQUARE, 0, SQUARE, SQUARE);
        g.dispose();
        return img;
    }

    /** The corner orientation 1..8 moves the red (top-left) and blue (top-right) squares to: TL, TR, BR, BL. */
    @ParameterizedTest(name = "orientation {0}: red {1}, blue {2}")
    @CsvSource({"1,TL,TR", "2,TR,TL", "3,BR,BL", "4,BL,BR", "5,TL,BL", "6,TR,BR", "7,BR,TR", "8,BL,TL"})
    void everyOrientationEndsUpright(int orientation, String red, String blue) throws Exception {
        for (boolean little : new boolean[] {true, false}) {
            byte[] photo = ExifJpegs.withOrientation(encode(marked(400, 200), "jpeg"), orientation, little);
            assertThat(ExifOrientation.read(photo)).isEqualTo(orientation);

            Result r = ImageNormalizer.normalize(photo, Type.JPEG, ImageNormalizer.STORED_EDGE);

            boolean swapped = orientation >= 5;
            assertThat(r.width()).isEqualTo(swapped ? 200 : 400);
            assertThat(r.height()).isEqualTo(swapped ? 400 : 200);
            assertThat(r.orientationApplied()).isEqualTo(orientation);
            assertThat(r.downscaled()).isFalse();
            assertThat(r.mediaType()).isEqualTo("image/jpeg");
            BufferedImage out = decode(r.bytes());
            assertThat(out.getWidth()).isEqualTo(r.width());
            assertThat(out.getHeight()).isEqualTo(r.height());
            assertThat(ExifOrientation.read(r.bytes())).as("stored pixels are upright, no tag left").isEqualTo(1);
            assertThat(colourAt(out, red)).as("red square").isEqualTo("red");
            assertThat(colourAt(out, blue)).as("blue square").isEqualTo("blue");
            assertThat(otherCorners(out, red, blue)).allMatch("grey"::equals);
            if (orientation == 1) {
                assertThat(r.bytes()).isSameAs(photo);
            }
        }
    }

    @Test
    void orientationSixIsRotatedClockwise() throws Exception {
        byte[] photo = ExifJpegs.withOrientation(encode(marked(400, 200), "jpeg"), 6, true);
        Result r = ImageNormalizer.normalize(photo, Type.JPEG, ImageNormalizer.STORED_EDGE);
        BufferedImage out = decode(r.bytes());
        assertThat(out.getWidth()).isEqualTo(200);
        assertThat(out.getHeight()).isEqualTo(400);
        assertThat(colourAt(out, "TR")).isEqualTo("red");
        assertThat(colourAt(out, "TL")).isEqualTo("grey");
    }

    @Test
    void largePhotoIsDownscaledTo2048() throws Exception {
        byte[] photo = encode(marked(5000, 3000), "jpeg");
        Result r = ImageNormalizer.normalize("大图.jpg", photo, Type.JPEG, ImageNormalizer.STORED_EDGE);
        assertThat(r.width()).isEqualTo(2048);
        assertThat(r.height()).isBetween(1228, 1230);
        assertThat(r.downscaled()).isTrue();
        assertThat(r.orientationApplied()).isEqualTo(1);
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
        BufferedImage out = decode(r.bytes());
        assertThat(out.getWidth()).isEqualTo(r.width());
        assertThat(out.getHeight()).isEqualTo(r.height());
        assertThat(r.bytes().length).isLessThan(photo.length);
    }

    @Test
    void largeRotatedPhotoIsDownscaledAndTurned() throws Exception {
        byte[] photo = ExifJpegs.withOrientation(encode(marked(5000, 3000), "jpeg"), 6, false);
        Result r = ImageNormalizer.normalize(photo, Type.JPEG, ImageNormalizer.STORED_EDGE);
        assertThat(r.height()).isEqualTo(2048);
        assertThat(r.width()).isBetween(1228, 1230);
        assertThat(r.downscaled()).isTrue();
        assertThat(r.orientationApplied()).isEqualTo(6);
        BufferedImage out = decode(r.bytes());
        assertThat(colourAt(out, "TR", 10)).isEqualTo("red");
        assertThat(colourAt(out, "BR", 10)).isEqualTo("blue");
    }

    @Test
    void downscalingAveragesFineDetailInsteadOfAliasing() throws Exception {
        // one-pixel black and white columns: a nearest-neighbour scaler would give solid black or white
        BufferedImage stripes = new BufferedImage(4100, 1000, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < stripes.getWidth(); x += 2) {
            for (int y = 0; y < stripes.getHeight(); y++) {
                stripes.setRGB(x, y, 0xFFFFFF);
            }
        }
        Result r = ImageNormalizer.normalize(encode(stripes, "png"), Type.PNG, ImageNormalizer.STORED_EDGE);
        assertThat(r.width()).isEqualTo(2048);
        assertThat(r.height()).isBetween(499, 500);
        BufferedImage out = decode(r.bytes());
        for (int x = 100; x < 2000; x += 97) {
            int grey = out.getRGB(x, 250) & 0xFF;
            assertThat(grey).as("x=%d", x).isBetween(100, 155);
        }
    }

    @Test
    void veryLargeImagesAreDecodedSubsampled() throws Exception {
        assertThat(ImageNormalizer.subsampling(5000, 3000, 2048)).isEqualTo(1);
        assertThat(ImageNormalizer.subsampling(12000, 9000, 2048)).isEqualTo(2);
        assertThat(ImageNormalizer.subsampling(12000, 9000, 160)).isEqualTo(37);
        BufferedImage big = new BufferedImage(10000, 3000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = big.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 600, 600);
        g.dispose();
        Result r = ImageNormalizer.normalize(encode(big, "jpeg"), Type.JPEG, ImageNormalizer.STORED_EDGE);
        assertThat(r.width()).isEqualTo(2048);
        assertThat(r.height()).isBetween(613, 615);
        assertThat(r.downscaled()).isTrue();
        assertThat(colourAt(decode(r.bytes()), "TL", 20)).isEqualTo("red");
    }

    @Test
    void smallUprightJpegComesBackByteIdentical() throws Exception {
        byte[] photo = encode(marked(400, 200), "jpeg");
        Result r = ImageNormalizer.normalize(photo, Type.JPEG, ImageNormalizer.STORED_EDGE);
        assertThat(r.bytes()).isSameAs(photo);
        assertThat(r.bytes()).isEqualTo(encode(marked(400, 200), "jpeg"));
        assertThat(r).extracting(Result::mediaType, Result::width, Result::height, Result::downscaled, Result::orientationApplied)
                .containsExactly("image/jpeg", 400, 200, false, 1);
        // with an explicit "upright" EXIF tag, and exactly at the limit
        byte[] tagged = ExifJpegs.withOrientation(photo, 1, true);
        assertThat(ImageNormalizer.normalize(tagged, Type.JPEG, 400).bytes()).isSameAs(tagged);
        assertThat(ImageNormalizer.normalize(tagged, Type.JPEG, 399).downscaled()).isTrue();
    }

    @Test
    void defaultEdgeIs2048() throws Exception {
        assertThat(ImageNormalizer.STORED_EDGE).isEqualTo(2048);
        Result r = ImageNormalizer.normalize(encode(marked(3000, 1000), "jpeg"), Type.JPEG);
        assertThat(r.width()).isEqualTo(2048);
        assertThat(r.height()).isBetween(682, 683);
    }

    @Test
    void garbageNamedJpgIsRefused() throws Exception {
        byte[] text = "这不是照片".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceFile.detect("铭牌.jpg", text)).isInstanceOf(EvidenceException.class);
        assertThatThrownBy(() -> ImageNormalizer.normalize("铭牌.jpg", text, Type.JPEG, 2048))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("图片“铭牌.jpg”无法读取");

        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        noise[2] = (byte) 0xFF;
        assertThat(EvidenceFile.detect("铭牌.jpg", noise)).isEqualTo(Type.JPEG); // passes the magic-number check...
        assertThatThrownBy(() -> ImageNormalizer.normalize("D:\\现场\\铭牌.jpg", noise, Type.JPEG, 2048))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("图片“铭牌.jpg”") // ...but not decoding
                .hasMessageContaining("无法读取");
        assertThatThrownBy(() -> ImageNormalizer.normalize(noise, Type.JPEG, 2048)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("该图片无法读取");
    }

    @Test
    void truncatedPhotoIsRefused() throws Exception {
        byte[] photo = encode(marked(400, 200), "jpeg");
        byte[] half = Arrays.copyOf(photo, photo.length / 2);
        assertThatThrownBy(() -> ImageNormalizer.normalize("电表.jpg", half, Type.JPEG, 2048))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("图片“电表.jpg”不完整");
        byte[] png = encode(marked(400, 200), "png");
        byte[] halfPng = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> ImageNormalizer.normalize("截图.png", halfPng, Type.PNG, 2048))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("图片“截图.png”");
        // only the EOI marker missing: the picture is whole, accepted
        byte[] noEoi = Arrays.copyOf(photo, photo.length - 2);
        assertThat(ImageNormalizer.normalize(noEoi, Type.JPEG, 2048).width()).isEqualTo(400);
    }

    @Test
    void pngWithTransparencyStaysPng() throws Exception {
        byte[] small = encode(halfTransparent(300, 200), "png");
        Result r = ImageNormalizer.normalize(small, Type.PNG, ImageNormalizer.STORED_EDGE);
        assertThat(r.mediaType()).isEqualTo("image/png");
        assertThat(r.bytes()).isSameAs(small);
        assertThat(r.downscaled()).isFalse();

        Result big = ImageNormalizer.normalize(encode(halfTransparent(3000, 1000), "png"), Type.PNG,
                ImageNormalizer.STORED_EDGE);
        assertThat(big.mediaType()).isEqualTo("image/png");
        assertThat(big.downscaled()).isTrue();
        assertThat(big.width()).isEqualTo(2048);
        assertThat(big.height()).isBetween(682, 683);
        BufferedImage out = decode(big.bytes());
        assertThat(out.getColorModel().hasAlpha()).isTrue();
        assertThat(out.getRGB(100, 300) >>> 24).as("left half transparent").isZero();
        assertThat(out.getRGB(1900, 300)).as("right half opaque green").isEqualTo(0xFF00FF00);
    }

    @Test
    void opaquePngBecomesJpeg() throws Exception {
        Result r = ImageNormalizer.normalize(encode(marked(400, 200), "png"), Type.PNG, ImageNormalizer.STORED_EDGE);
        assertThat(r.mediaType()).isEqualTo("image/jpeg");
        assertThat(r.width()).isEqualTo(400);
        assertThat(colourAt(decode(r.bytes()), "TL")).isEqualTo("red");

        // an alpha channel that is fully opaque is not transparency
        BufferedImage argb = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.drawImage(marked(400, 200), 0, 0, null);
        g.dispose();
        Result opaque = ImageNormalizer.normalize(encode(argb, "png"), Type.PNG, ImageNormalizer.STORED_EDGE);
        assertThat(opaque.mediaType()).isEqualTo("image/jpeg");
        assertThat(colourAt(decode(opaque.bytes()), "TR")).isEqualTo("blue");
    }

    @Test
    void greyscaleJpegIsTurnedToo() throws Exception {
        BufferedImage grey = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SQUARE, SQUARE);
        g.dispose();
        byte[] photo = ExifJpegs.withOrientation(encode(grey, "jpeg"), 8, true);
        Result r = ImageNormalizer.normalize(photo, Type.JPEG, ImageNormalizer.STORED_EDGE);
        BufferedImage out = decode(r.bytes());
        assertThat(out.getWidth()).isEqualTo(200);
        assertThat(out.getRGB(SQUARE / 2, 400 - SQUARE / 2) & 0xFF).as("white square bottom-left").isGreaterThan(200);
        assertThat(out.getRGB(SQUARE / 2, SQUARE / 2) & 0xFF).as("top-left dark").isLessThan(50);
    }

    @Test
    void refusesNonImageTypesAndBadEdges() {
        assertThatThrownBy(() -> ImageNormalizer.normalize(new byte[] {1}, Type.PDF, 2048))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageNormalizer.normalize(new byte[] {1}, Type.JPEG, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thumbnailsArePngsThatFitTheEdge() throws Exception {
        Result stored = ImageNormalizer.normalize(encode(marked(5000, 3000), "jpeg"), Type.JPEG, ImageNormalizer.STORED_EDGE);
        byte[] thumb = ImageNormalizer.thumbnail(stored.bytes(), ImageNormalizer.THUMBNAIL_EDGE);
        assertThat(Arrays.copyOf(thumb, 4)).containsExactly(0x89, 'P', 'N', 'G');
        BufferedImage t = decode(thumb);
        assertThat(t.getWidth()).isEqualTo(160);
        assertThat(t.getHeight()).isBetween(95, 97);
        assertThat(t.getRGB(1, 1) & 0xFFFFFF).as("red corner survives").satisfies(rgb -> assertThat(rgb >> 16).isGreaterThan(180));

        // never enlarged; transparency kept
        BufferedImage small = decode(ImageNormalizer.thumbnail(encode(halfTransparent(100, 50), "png"), 160));
        assertThat(small.getWidth()).isEqualTo(100);
        assertThat(small.getHeight()).isEqualTo(50);
        assertThat(small.getRGB(10, 25) >>> 24).isZero();

        // portrait; and an original still carrying an orientation tag is turned
        byte[] rotated = ExifJpegs.withOrientation(encode(marked(400, 200), "jpeg"), 6, true);
        BufferedImage p = decode(ImageNormalizer.thumbnail(rotated, 160));
        assertThat(p.getWidth()).isEqualTo(80);
        assertThat(p.getHeight()).isEqualTo(160);

        assertThatThrownBy(() -> ImageNormalizer.thumbnail("garbage".getBytes(StandardCharsets.US_ASCII), 160))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- helpers

    private static BufferedImage halfTransparent(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(img).isNotNull();
        return img;
    }

    private static String colourAt(BufferedImage img, String corner) {
        return colourAt(img, corner, SQUARE / 2);
    }

    /** "red", "blue", "grey" or the hex value, sampled {@code inset} pixels from the corner along both axes. */
    private static String colourAt(BufferedImage img, String corner, int inset) {
        int x = corner.endsWith("L") ? inset : img.getWidth() - 1 - inset;
        int y = corner.startsWith("T") ? inset : img.getHeight() - 1 - inset;
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r > 180 && g < 80 && b < 80) {
            return "red";
        }
        if (b > 180 && r < 80 && g < 80) {
            return "blue";
        }
        if (Math.abs(r - 128) < 30 && Math.abs(g - 128) < 30 && Math.abs(b - 128) < 30) {
            return "grey";
        }
        return Integer.toHexString(rgb);
    }

    private static java.util.List<String> otherCorners(BufferedImage img, String a, String b) {
        return java.util.stream.Stream.of("TL", "TR", "BR", "BL").filter(c -> !c.equals(a) && !c.equals(b))
                .map(c -> colourAt(img, c)).toList();
    }
}
