package org.energydiag.core.report.form;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.energydiag.core.text.Texts;

/**
 * A Chinese TrueType font from the system, embedded (subset) into a PDF. PDFBox can embed only
 * TrueType outlines, so CFF-based OpenType fonts such as Noto Sans/Serif CJK are skipped. Known
 * Song-style fonts are preferred (宋体 on Windows, AR PL UMing, then 文泉驿正黑 on Linux); the system
 * property {@code energydiag.cjkFont} names a font file to use instead. Keep this open until the
 * document is saved: the subset is taken from the file then.
 */
public final class PdfCjkFont implements Closeable {

    /** Characters the form needs; a font lacking any of them is not used. */
    static final String REQUIRED = "企业满意度调查表□√“”（）：，。、0123456789";

    /** Known fonts, best first: file and, for collections, the preferred face. */
    private static final String[][] KNOWN = {
            {"C:/Windows/Fonts/simsun.ttc", "SimSun"},
            {"C:/Windows/Fonts/simsun.ttf", ""},
            {"/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"},
            {"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"},
            {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"},
            {"C:/Windows/Fonts/simhei.ttf", ""},
            {"C:/Windows/Fonts/msyh.ttc", "Microsoft YaHei"},
            {"/System/Library/Fonts/Supplemental/Songti.ttc", ""},
            {"/Library/Fonts/Arial Unicode.ttf", ""},
    };

    private static final String[] FONT_DIRS = {
            "/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.local/share/fonts",
            System.getProperty("user.home") + "/.fonts", "C:/Windows/Fonts", "/System/Library/Fonts", "/Library/Fonts"};

    private final PDType0Font font;
    private final String name;
    private final Closeable source;

    private PdfCjkFont(PDType0Font font, String name, Closeable source) {
        this.font = font;
        this.name = name;
        this.source = source;
    }

    public PDType0Font font() {
        return font;
    }

    /** The font's PostScript name, e.g. ARPLUMingCN-Light. */
    public String name() {
        return name;
    }

    /** Finds a usable Chinese font and loads it into {@code doc}. */
    public static PdfCjkFont load(PDDocument doc) throws IOException {
        String override = System.getProperty("energydiag.cjkFont");
        if (override != null && !override.isBlank()) {
            PdfCjkFont f = tryLoad(doc, Path.of(override), "");
            if (f == null) {
                throw new FormFontException(Texts.format("form.fontOverrideUnusable", override));
            }
            return f;
        }
        for (String[] k : KNOWN) {
            PdfCjkFont f = tryLoad(doc, Path.of(k[0]), k[1]);
            if (f != null) {
                return f;
            }
        }
        for (Path p : scan()) {
            PdfCjkFont f = tryLoad(doc, p, "");
            if (f != null) {
                return f;
            }
        }
        throw new FormFontException(Texts.get("form.fontNotFound"));
    }

    private static List<Path> scan() {
        List<Path> out = new ArrayList<>();
        for (String d : FONT_DIRS) {
            Path dir = Path.of(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir, 4)) {
                s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".ttf") || n.endsWith(".ttc");
                }).sorted().forEach(out::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder is skipped
            }
        }
        return out;
    }

    /** Loads the file when it holds a usable face, else returns null (and closes what it opened). */
    private static PdfCjkFont tryLoad(PDDocument doc, Path file, String preferredFace) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] chosen = new TrueTypeFont[1];
                ttc.processAllFonts(ttf -> {
                    if (usable(ttf) && (chosen[0] == null || (!preferredFace.isEmpty()
                            && matches(ttf, preferredFace) && !matches(chosen[0], preferredFace)))) {
                        chosen[0] = ttf;
                    }
                });
                if (chosen[0] == null) {
                    ttc.close();
                    return null;
                }
                return new PdfCjkFont(PDType0Font.load(doc, chosen[0], true), chosen[0].getName(), ttc);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            if (!usable(ttf)) {
                ttf.close();
                return null;
            }
            return new PdfCjkFont(PDType0Font.load(doc, ttf, true), ttf.getName(), ttf);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean matches(TrueTypeFont ttf, String face) {
        try {
            String fam = ttf.getNaming() == null ? "" : ttf.getNaming().getFontFamily();
            return face.equalsIgnoreCase(fam) || face.replace(" ", "").equalsIgnoreCase(ttf.getName());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean usable(TrueTypeFont ttf) {
        try {
            if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                return false; // CFF outlines: PDFBox cannot embed them
            }
            var cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                return false;
            }
            for (int i = 0; i < REQUIRED.length(); i++) {
                if (cmap.getGlyphId(REQUIRED.charAt(i)) == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }


    @Override
    public void close() throws IOException {
        source.close();
    }
}
