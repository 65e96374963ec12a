package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.core.equipment.EquipmentField;
import org.junit.jupiter.api.Test;

/** Adds a motor in 主要用能设备清单 and sees its grade; searches the technology catalogue. */
class EquipmentGuiTest extends ProjectGuiTest {

    private static int column(JTableFixture t, String startsWith) {
        return GuiActionRunner.execute(() -> {
            for (int c = 0; c < t.target().getColumnCount(); c++) {
                if (t.target().getColumnName(c).startsWith(startsWith)) {
                    return c;
                }
            }
            return -1;
        });
    }

    @Test
    void addAMotorAndSeeItsGrade() {
        window.list("workspace.steps").clickItem(2);
        window.button("equipment.add").click();
        JTableFixture t = window.table("equipment.MOTOR");
        t.requireRowCount(1);
        // GB 18613-2020 表1, 4 poles, 37 kW: 1级 96.1 %, 2级 95.2 %, 3级 93.9 % → 95.2 % is 2级
        t.enterValue(row(0).column(column(t, EquipmentField.NAME.header())), "1#皮带机电机");
        t.enterValue(row(0).column(column(t, EquipmentField.RATED_POWER.header())), "37");
        TableCell poles = row(0).column(column(t, EquipmentField.POLES.header()));
        t.selectCell(poles).enterValue(poles, "4"); // a drop-down cell: one click selects it, the second opens it (Excel)
        t.enterValue(row(0).column(column(t, EquipmentField.RATED_EFFICIENCY.header())), "95.2");
        assertThat(t.valueAt(row(0).column(column(t, "能效等级")))).isEqualTo("2级");
        assertThat(t.valueAt(row(0).column(column(t, "评级依据")))).contains("GB 18613-2020");
        // lower the efficiency below the 3级 limit: 不达标
        t.enterValue(row(0).column(column(t, EquipmentField.RATED_EFFICIENCY.header())), "93.8");
        assertThat(t.valueAt(row(0).column(column(t, "能效等级")))).isEqualTo("不达标");
        // a missing field is said, not guessed
        t.selectCell(poles).enterValue(poles, "");
        assertThat(t.valueAt(row(0).column(column(t, "评级依据")))).contains("缺少").contains("极数");
    }

    @Test
    void searchTheCatalogue() {
        window.menuItem("menu.catalogue").click();
        DialogFixture d = WindowFinder.findDialog("catalogue").withTimeout(GuiApp.WAIT_MS).using(robot);
        JTableFixture techs = d.table("catalogue.technologies");
        assertThat(techs.rowCount()).isEqualTo(173);
        GuiApp.type(d.textBox("catalogue.search"), "余热");
        assertThat(techs.rowCount()).isBetween(1, 172);
        assertThat(techs.valueAt(row(0).column(2))).contains("余热");
        techs.selectRows(0);
        assertThat(d.textBox("catalogue.detail").text()).contains("技术原理及简介").contains("适用范围");
        d.close();
    }
}
