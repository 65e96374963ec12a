package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.energydiag.core.project.Contact;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.project.Satisfaction;
import org.energydiag.core.project.SatisfactionLevel;
import org.energydiag.core.report.form.SatisfactionForm;
import org.junit.jupiter.api.Test;

/** The printed 企业满意度调查表 is drawn, and every text stays inside the printer's imageable area. */
class SatisfactionFormPrintableTest {

    static final double DPI = 150;

    static SatisfactionForm form() {
        Instant t = Instant.parse("2026-06-01T08:30:00Z");
        Enterprise e = Enterprise.empty().toBuilder().name("浙江某水泥有限公司（一个很长很长的企业名称用于检查是否超出可打印区域）")
                .contacts(List.of(new Contact("李明", "", "13800000000", ""))).build();
        Satisfaction s = Satisfaction.empty().withRatings(SatisfactionLevel.SATISFIED, SatisfactionLevel.FAIRLY,
                SatisfactionLevel.NEUTRAL, SatisfactionLevel.DISSATISFIED, null, null, SatisfactionLevel.SATISFIED)
                .withRequests("希望后续提供空压站节能改造的跟踪服务。".repeat(6)).withDateReturned(LocalDate.of(2026, 11, 3));
        return SatisfactionForm.of(DiagnosisProject.create(t).withEnterprise(e, t).withSatisfaction(s, t));
    }

    static BufferedImage render(Printable p, PageFormat pf) throws Exception {
        int w = (int) Math.round(pf.getWidth() / 72 * DPI);
        int h = (int) Math.round(pf.getHeight() / 72 * DPI);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.scale(DPI / 72, DPI / 72);
        assertThat(p.print(g, pf, 0)).isEqualTo(Printable.PAGE_EXISTS);
        assertThat(p.print(g, pf, 1)).isEqualTo(Printable.NO_SUCH_PAGE);
        g.dispose();
        return img;
    }

    /** A4 with the given imageable area (points). */
    static PageFormat a4(double x, double y, double w, double h) {
        Paper paper = new Paper();
        paper.setSize(595.28, 841.89);
        paper.setImageableArea(x, y, w, h);
        PageFormat pf = new PageFormat();
        pf.setPaper(paper);
        return pf;
    }

    @Test
    void a4At150DpiIsDrawnInsideTheImageableArea() throws Exception {
        for (PageFormat pf : List.of(SatisfactionFormPrintable.a4(18), a4(100, 120, 380, 560), a4(72, 72, 451, 698))) {
            SatisfactionFormPrintable p = new SatisfactionFormPrintable(form());
            BufferedImage img = render(p, pf);
            Rectangle2D area = new Rectangle2D.Double(pf.getImageableX(), pf.getImageableY(), pf.getImageableWidth(),
                    pf.getImageableHeight());
            List<Rectangle2D> bounds = p.textBounds();
            assertThat(bounds).hasSizeGreaterThan(40);
            for (Rectangle2D b : bounds) {
                assertThat(area.contains(b)).as("text at %s inside %s", b, area).isTrue();
            }
            int dark = 0;
            int outside = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if ((img.getRGB(x, y) & 0xff) < 128) {
                        dark++;
                        double px = x * 72 / DPI;
                        double py = y * 72 / DPI;
                        if (!area.contains(px, py)) {
                            outside++;
                        }
                    }
                }
            }
            assertThat(dark).as("ink on the page").isGreaterThan(5_000);
            assertThat(outside).as("ink outside the imageable area").isZero();
        }
    }

    @Test
    void usesAChineseFont() {
        assertThat(SatisfactionFormPrintable.chineseFont().canDisplayUpTo(SatisfactionForm.TITLE + "□√")).isEqualTo(-1);
    }
}
