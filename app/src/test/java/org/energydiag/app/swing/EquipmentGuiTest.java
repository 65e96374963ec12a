package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import javax.swing.JFrame;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.core.equipment.EquipmentField;
import org.junit.jupiter.api.Test;

/**
 * Adds a motor and a variable-speed compressor in 主要用能设备清单 and sees their grades with the
 * table and rule used (the compressor tab saved as a screenshot at 1024×700 when
 * {@code energydiag.screenshots} names a folder); searches the technology catalogue.
 */
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
    void addAMotorAndACompressorAndSeeTheirGrades() throws Exception {
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
        // issue #18: 9.2 kW, 2 poles, 90.3 % lies between the 7.5 and 11 kW rows; 3级 by the IEC 60034-30-1
        // formula is 90.7 % (MotorInterpolationTest works it out) → 不达标, and the rule is cited beside it
        setCells(t, java.util.Map.of(EquipmentField.RATED_POWER, "9.2", EquipmentField.POLES, "2",
                EquipmentField.RATED_EFFICIENCY, "90.3"));
        assertThat(t.valueAt(row(0).column(column(t, "能效等级")))).isEqualTo("不达标");
        assertThat(t.valueAt(row(0).column(column(t, "评级依据"))))
                .startsWith("GB 18613-2020 表1（功率档间按 IEC 60034-30-1 插值公式）").contains("90.7%");
        aVariableSpeedCompressorIsRatedAgainstTable2();
    }

    /** Sets cells of row 0 through the model, each as one edit (typing is covered above). */
    private static void setCells(JTableFixture t, java.util.Map<EquipmentField, String> values) {
        java.util.Map<Integer, String> byColumn = new java.util.LinkedHashMap<>();
        values.forEach((f, v) -> byColumn.put(column(t, f.header()), v));
        GuiActionRunner.execute(() -> {
            if (t.target().isEditing()) {
                t.target().getCellEditor().cancelCellEditing();
            }
            byColumn.forEach((c, v) -> t.target().getModel().setValueAt(v, 0, t.target().convertColumnIndexToModel(c)));
        });
    }

    /** Part of the test above (one start of the application for both): the compressor tab at 1024×700. */
    private void aVariableSpeedCompressorIsRatedAgainstTable2() throws Exception {
        window.tabbedPane("equipment.tabs").selectTab(org.energydiag.core.equipment.EquipmentClass.AIR_COMPRESSOR.label());
        window.button("equipment.add").click();
        JTableFixture t = window.table("equipment.AIR_COMPRESSOR");
        t.requireRowCount(1);
        // the compressor columns include 结构型式 (回转式/活塞式), 润滑方式 and 驱动方式
        assertThat(column(t, EquipmentField.COMPRESSOR_TYPE.header())).isNotNegative();
        assertThat(column(t, EquipmentField.LUBRICATION.header())).isNotNegative();
        assertThat(column(t, EquipmentField.DRIVE.header())).isNotNegative();
        java.util.Map<EquipmentField, String> values = new java.util.LinkedHashMap<>();
        values.put(EquipmentField.NAME, "4#变频螺杆空压机");
        values.put(EquipmentField.RATED_POWER, "90");
        values.put(EquipmentField.COMPRESSOR_TYPE, "回转式");
        values.put(EquipmentField.FLOW_M3MIN, "16");
        values.put(EquipmentField.PRESSURE_MPA, "0.7");
        values.put(EquipmentField.COOLING, "风冷");
        values.put(EquipmentField.LUBRICATION, "喷油");
        values.put(EquipmentField.DRIVE, "变频");
        values.put(EquipmentField.SPECIFIC_POWER, "7.2");
        setCells(t, values); // 添加设备 opened the name cell: its editor is cancelled first
        // GB 19153-2019 表2 (变转速), 90 kW 风冷 0.7 MPa: 3级 7.3 → 7.2 is 3级 (表1 工频 would fail it at 6.9)
        assertThat(t.valueAt(row(0).column(column(t, "能效等级")))).isEqualTo("3级");
        assertThat(t.valueAt(row(0).column(column(t, "评级依据")))).contains("GB 19153-2019 表2").contains("变转速");
        JFrame f = (JFrame) window.target();
        int driveColumn = column(t, EquipmentField.DRIVE.header());
        GuiActionRunner.execute(() -> {
            f.setExtendedState(JFrame.NORMAL);
            f.setBounds(0, 0, 1024, 700);
            f.validate();
            // the new fields in view (结构型式 … 驱动方式) and the item selected: its rating below the table
            t.target().changeSelection(0, driveColumn, false, false);
        });
        GuiApp.waitUntil("window 1024×700", () -> f.getWidth() == 1024 && f.getHeight() == 700);
        GuiApp.waitUntil("the selected compressor's basis", () -> window.textBox("equipment.recommendation").text()
                .contains("GB 19153-2019 表2"));
        Screens.shoot(robot, "equipment-compressor-1024x700");
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
