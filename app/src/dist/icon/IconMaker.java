import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a green tile with a white gauge whose needle points to the low end,
 * and a leaf) and writes it as EnergyDiag.png (256 px, Linux), EnergyDiag.ico (16–256 px, Windows)
 * and EnergyDiag.icns (128–1024 px, macOS), all PNG-encoded. The files are committed; run again
 * only to change the icon: {@code java app/src/dist/icon/IconMaker.java app/src/dist/icon}.
 */
public final class IconMaker {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(dir.resolve("EnergyDiag.png"), png(draw(256)));
        int[] icoSizes = {16, 24, 32, 48, 64, 128, 256};
        List<byte[]> ico = new ArrayList<>();
        for (int s : icoSizes) {
            ico.add(png(draw(s)));
        }
        Files.write(dir.resolve("EnergyDiag.ico"), ico(icoSizes, ico));
        // ICNS: ic07 128, ic08 256, ic09 512, ic10 1024 (PNG payloads)
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] icnsSizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] p = png(draw(icnsSizes[i]));
            b.writeBytes(types[i]);
            b.writeInt(p.length + 8);
            b.write(p);
        }
        ByteArrayOutputStream icns = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(icns);
        o.writeBytes("icns");
        o.writeInt(body.size() + 8);
        o.write(body.toByteArray());
        Files.write(dir.resolve("EnergyDiag.icns"), icns.toByteArray());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2E, 0x9D, 0x5B), 0, 256, new Color(0x12, 0x6B, 0x3A)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // gauge: a white arc with a green (low) and an orange (high) end
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(new Arc2D.Double(48, 60, 160, 160, 200, -140, Arc2D.OPEN));
        g.setColor(new Color(0xFF, 0xB3, 0x47));
        g.draw(new Arc2D.Double(48, 60, 160, 160, 60, -80, Arc2D.OPEN));
        // needle towards the low end, and its hub
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(128, 140, 82, 104);
        g.fillOval(110, 122, 36, 36);
        // leaf at the bottom
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(92, 212);
        leaf.curveTo(100, 170, 150, 160, 172, 168);
        leaf.curveTo(166, 200, 130, 220, 92, 212);
        leaf.closePath();
        g.setColor(new Color(0xC8, 0xF2, 0xD2));
        g.fill(leaf);
        g.setColor(new Color(0x12, 0x6B, 0x3A));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(100, 206, 160, 174);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose images are PNG-encoded (Windows Vista and later). */
    static byte[] ico(int[] sizes, List<byte[]> images) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int offset = 6 + 16 * sizes.length;
        le16(out, 0);
        le16(out, 1);
        le16(out, sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            out.write(sizes[i] >= 256 ? 0 : sizes[i]);
            out.write(sizes[i] >= 256 ? 0 : sizes[i]);
            out.write(0); // no palette
            out.write(0);
            le16(out, 1); // planes
            le16(out, 32); // bits per pixel
            le32(out, images.get(i).length);
            le32(out, offset);
            offset += images.get(i).length;
        }
        for (byte[] p : images) {
            out.write(p);
        }
        return out.toByteArray();
    }

    private static void le16(ByteArrayOutputStream o, int v) {
        o.write(v & 0xFF);
        o.write((v >>> 8) & 0xFF);
    }

    private static void le32(ByteArrayOutputStream o, int v) {
        le16(o, v & 0xFFFF);
        le16(o, (v >>> 16) & 0xFFFF);
    }
}
