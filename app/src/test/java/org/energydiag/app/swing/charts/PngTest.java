package org.energydiag.app.swing.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The plan's PNG encoder: what ImageIO reads back is what was drawn, colour and transparency. */
class PngTest {

    private static BufferedImage drawn(int type) {
        BufferedImage img = new BufferedImage(37, 23, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 37, 23);
        g.setColor(new Color(0x4E, 0x79, 0xA7));
        g.fillOval(3, 2, 20, 15);
        g.setColor(new Color(0xB0, 0x6A, 0x6A));
        g.drawLine(0, 22, 36, 0);
        g.dispose();
        return img;
    }

    private static void sameRgb(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertThat(b.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(a.getRGB(x, y));
            }
        }
    }

    @Test
    void opaqueImagesOfEveryLayoutComeBackPixelForPixel() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage img = drawn(type);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(img)));
            sameRgb(img, back);
            assertThat(back.getColorModel().hasAlpha()).as("opaque: no alpha channel, type " + type).isFalse();
        }
    }

    @Test
    void transparentPixelsKeepTheirAlpha() throws Exception {
        BufferedImage img = drawn(BufferedImage.TYPE_INT_ARGB);
        img.setRGB(5, 5, 0x40123456);
        img.setRGB(6, 5, 0x00000000);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(img)));
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        sameRgb(img, back);
    }

    @Test
    void aSubImageIsReadThroughItsOwnPixels() throws Exception {
        BufferedImage whole = drawn(BufferedImage.TYPE_INT_RGB);
        BufferedImage part = whole.getSubimage(4, 3, 20, 11);
        sameRgb(part, ImageIO.read(new ByteArrayInputStream(Png.encode(part))));
    }
}
