package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.AppContext;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.reference.Benchmark;
import org.energydiag.core.reference.EnergyReference;

/**
 * 对标值表: the agency's benchmark table (sector, product, indicator, unit, levels, source),
 * editable here, loadable from the official table as a JSON pack, saved to the data folder's
 * {@code reference/benchmarks.json} where it replaces the bundled table.
 */
final class BenchmarkTableDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient AppContext ctx;
    private final List<Benchmark> rows;
    private final RowTableModel<Benchmark> model;
    private final SheetTable table;

    BenchmarkTableDialog(Window owner, AppContext ctx) {
        super(owner, Texts.get("benchmark.title"), ModalityType.APPLICATION_MODAL);
        this.ctx = ctx;
        setName("benchmarks");
        rows = new ArrayList<>(ctx.energyReference().benchmarks());
        model = new RowTableModel<>(List.of(
                col(Texts.get("benchmark.column.kind"), Benchmark::kind, (b, v) -> new Benchmark((String) v, b.sector(), b.standard(), b.product(), b.indicator(), b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                col(Texts.get("benchmark.column.sector"), Benchmark::sector, (b, v) -> new Benchmark(b.kind(), (String) v, b.standard(), b.product(), b.indicator(), b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                col(Texts.get("benchmark.column.standard"), Benchmark::standard, (b, v) -> new Benchmark(b.kind(), b.sector(), (String) v, b.product(), b.indicator(), b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                col(Texts.get("benchmark.column.product"), Benchmark::product, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), (String) v, b.indicator(), b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                col(Texts.get("benchmark.column.indicator"), Benchmark::indicator, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), (String) v, b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                col(Texts.get("benchmark.column.unit"), Benchmark::unit, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), b.indicator(), (String) v, b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                num(Texts.get("benchmark.column.level1"), Benchmark::level1, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), b.indicator(), b.unit(), v, b.level2(), b.level3(), b.table(), b.note(), b.source(), b.trust())),
                num(Texts.get("benchmark.column.level2"), Benchmark::level2, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), b.indicator(), b.unit(), b.level1(), v, b.level3(), b.table(), b.note(), b.source(), b.trust())),
                num(Texts.get("benchmark.column.level3"), Benchmark::level3, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), b.indicator(), b.unit(), b.level1(), b.level2(), v, b.table(), b.note(), b.source(), b.trust())),
                col(Texts.get("benchmark.column.source"), Benchmark::source, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), b.indicator(), b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), (String) v, b.trust())),
                col(Texts.get("benchmark.column.trust"), Benchmark::trust, (b, v) -> new Benchmark(b.kind(), b.sector(), b.standard(), b.product(), b.indicator(), b.unit(), b.level1(), b.level2(), b.level3(), b.table(), b.note(), b.source(), (String) v))),
                () -> rows, this::replaceRows);
        // a sheet as the other tables: typing replaces, F2 edits, Enter/Tab move, Ctrl+C/Ctrl+V blocks, Delete clears
        table = new SheetTable(model);
        table.setName("benchmarks.table");
        Choices.install(table, 0, List.of(new Choices.Item("LIMIT_STANDARD", Texts.get("benchmark.kind.limitStandard")),
                new Choices.Item("POLICY", Texts.get("benchmark.kind.policy"))));
        int[] widths = {150, 50, 105, 100, 100, 55, 65, 50, 65, 80, 55}; // 类型 whole at 1024×700, the long texts cut
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JButton add = new JButton(Texts.get("benchmark.add"));
        add.setName("benchmarks.add");
        add.addActionListener(e -> {
            if (!stopEditing()) {
                return;
            }
            model.add(new Benchmark("POLICY", "", "", "", "单位产品综合能耗", "kgce/t", null, null, null, "", "", "", "由机构填写"));
            int r = model.getRowCount() - 1;
            table.changeSelection(r, 1, false, false); // the sector: typing fills the new row
            table.requestFocusInWindow();
        });
        JButton remove = new JButton(Texts.get("benchmark.remove"));
        remove.setName("benchmarks.remove");
        remove.addActionListener(e -> {
            if (stopEditing() && table.getSelectedRows().length > 0) {
                model.remove(table.getSelectedRows());
            }
        });
        JButton load = new JButton(Texts.get("benchmark.import"));
        load.addActionListener(e -> importPack());
        JButton reset = new JButton(Texts.get("benchmark.reset"));
        reset.addActionListener(e -> {
            cancelEditing();
            replaceRows(EnergyReference.load().benchmarks());
        });
        JButton save = new JButton(Texts.get("benchmark.save"));
        save.setName("benchmarks.save");
        save.addActionListener(e -> {
            if (stopEditing()) {
                save();
            }
        });
        JButton close = new JButton(Texts.get("benchmark.close"));
        close.setName("benchmarks.close");
        close.addActionListener(e -> dispose());
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        add(new JLabel(Texts.get("benchmark.intro")), "width 900lp");
        add(new JScrollPane(table), "height 360lp");
        add(add, "split 6, growx 0");
        add(remove, "growx 0");
        add(load, "growx 0, gapleft unrel");
        add(reset, "growx 0");
        add(save, "growx 0, gapleft push");
        add(close, "growx 0");
        ReadOnlyLock.viewing(close);
        ReadOnlyLock.lockIf(ctx.readOnly(), this); // the agency's values are kept in the data folder
        pack();
        setLocationRelativeTo(owner);
    }

    /** The table's rows become {@code list}; the table shows them (keeping its selection when no row came or went). */
    private void replaceRows(List<Benchmark> list) {
        int before = rows.size();
        rows.clear();
        rows.addAll(list);
        if (rows.size() == before && before > 0) {
            model.fireTableRowsUpdated(0, before - 1);
        } else {
            model.fireTableDataChanged();
        }
    }

    /** Commits the cell being typed; false when its text cannot be taken (the cell stays, marked). */
    private boolean stopEditing() {
        return !table.isEditing() || table.getCellEditor().stopCellEditing();
    }

    private void cancelEditing() {
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
    }

    private static RowTableModel.Column<Benchmark> col(String title, java.util.function.Function<Benchmark, Object> get,
                                                      java.util.function.BiFunction<Benchmark, Object, Benchmark> set) {
        return new RowTableModel.Column<>(title, String.class, get, set);
    }

    private static RowTableModel.Column<Benchmark> num(String title, java.util.function.Function<Benchmark, Double> get,
                                                      java.util.function.BiFunction<Benchmark, Double, Benchmark> set) {
        return new RowTableModel.Column<>(title, Double.class, get::apply, (b, v) -> set.apply(b, (Double) v));
    }

    private void importPack() {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.REFERENCE_DATA);
        fc.setFileFilter(new FileNameExtensionFilter(Texts.get("benchmark.fileFilter"), "json"));
        if (fc.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path f = fc.getSelectedFile().toPath();
        try {
            List<Benchmark> loaded = EnergyReference.readBenchmarkPack(Files.readAllBytes(f));
            cancelEditing();
            replaceRows(loaded);
            Dialogs.info(this, Texts.get("benchmark.title"), Texts.format("benchmark.loaded", loaded.size()));
        } catch (IllegalArgumentException ex) {
            Dialogs.error(this, Texts.get("benchmark.title"), Texts.format("benchmark.invalidFile", f.getFileName(), ex.getMessage()));
        } catch (java.io.IOException ex) {
            Dialogs.error(this, Texts.get("benchmark.title"), Texts.format("benchmark.unreadable", f, ex.getMessage()));
        }
    }

    private void save() {
        byte[] json;
        try {
            json = EnergyReference.benchmarkPack(rows, "agency-" + java.time.LocalDate.now(), "对标值表（机构维护）");
            EnergyReference.readBenchmarkPack(json); // the same checks as an import
        } catch (IllegalArgumentException ex) {
            Dialogs.error(this, Texts.get("benchmark.title"), Texts.format("benchmark.incomplete", ex.getMessage()));
            return;
        }
        Path target = ctx.referenceDir().resolve("benchmarks.json");
        BackgroundTask.run(this, Texts.get("benchmark.saving"), () -> {
            ProjectFile.writeAtomically(target, json);
            ctx.reloadEnergyReference();
            return target;
        }, t -> {
            JOptionPane.showMessageDialog(this, Texts.format("benchmark.saved", t), Texts.get("benchmark.title"),
                    JOptionPane.INFORMATION_MESSAGE);
        });
    }
}
