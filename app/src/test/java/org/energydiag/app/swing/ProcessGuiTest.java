package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;

/**
 * 生产工艺流程 as an engineer fills it: adds three units, names them, makes the third a branch of
 * the first, and sees the diagram follow every change (boxes, and the branch laid out without
 * overlap).
 */
class ProcessGuiTest extends ProjectGuiTest {

    private ProcessStepPanel panel() {
        return (ProcessStepPanel) app.robot.finder().findByName(window.target(), "step.PROCESS");
    }

    private int boxes() {
        return GuiActionRunner.execute(() -> panel().diagramBoxes());
    }

    private void name(String text) {
        GuiApp.type(window.textBox("process.name").click().deleteText(), text);
        window.list("workspace.steps").focus(); // leaving the field commits the typing
    }

    @Test
    void addThreeUnitsAndSeeTheDiagramFollow() throws Exception {
        window.list("workspace.steps").clickItem(1);
        assertThat(boxes()).isZero();
        JTableFixture units = window.table("process.units");

        window.button("process.add").click();
        GuiApp.waitUntil("first box", () -> panel().diagramBoxes() == 1);
        name("原料破碎");
        window.button("process.add").click();
        GuiApp.waitUntil("second box", () -> panel().diagramBoxes() == 2);
        name("生料粉磨");
        window.button("process.add").click();
        GuiApp.waitUntil("third box", () -> panel().diagramBoxes() == 3);
        name("余热发电");

        GuiApp.waitUntil("names in the table", () -> units.target().getRowCount() == 3
                && "余热发电".equals(units.target().getValueAt(2, 1)));
        assertThat(units.valueAt(org.assertj.swing.data.TableCell.row(0).column(4))).isEqualTo("生料粉磨");

        // the third unit becomes a branch of the first: 原料破碎 → 生料粉磨 and 原料破碎 → 余热发电
        units.selectRows(1);
        window.checkBox("process.next.余热发电").uncheck();
        units.selectRows(0);
        window.checkBox("process.next.余热发电").check();
        GuiApp.waitUntil("branch drawn", () -> {
            var d = org.energydiag.core.process.FlowLayout.layout(((ProcessStepPanel) app.robot.finder()
                    .findByName(window.target(), "step.PROCESS")).flowForTest());
            return d.box(idOf("余热发电")).map(b -> b.layer()).orElse(-1) == 1 && d.edges().size() == 2;
        });
        var d = GuiActionRunner.execute(() -> org.energydiag.core.process.FlowLayout.layout(panel().flowForTest()));
        var a = d.box(idOf("生料粉磨")).orElseThrow();
        var b = d.box(idOf("余热发电")).orElseThrow();
        assertThat(a.layer()).isEqualTo(b.layer());
        assertThat(a.y() + a.h() <= b.y() || b.y() + b.h() <= a.y()).as("branches stacked without overlap").isTrue();
        assertThat(window.list("workspace.steps").contents()[1]).doesNotContain("尚未提供");

        // the engineer attaches the enterprise's own drawing instead of the generated diagram
        java.nio.file.Path png = dir.resolve("工艺流程图.png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", png.toFile());
        window.button("process.ownDrawing").click();
        var chooser = org.assertj.swing.finder.JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        app.choose(chooser, png);
        GuiApp.waitUntil("own drawing used", () -> window.label("process.drawingInfo").target().getText().contains("方案中使用自己绘制的流程图：工艺流程图"));
        window.button("process.generatedDrawing").requireEnabled().click();
        GuiApp.waitUntil("generated again", () -> window.label("process.drawingInfo").target().getText().isBlank());
    }

    private String idOf(String name) {
        return GuiActionRunner.execute(() -> panel().flowForTest().units().stream().filter(u -> u.name().equals(name))
                .findFirst().orElseThrow().id());
    }
}
