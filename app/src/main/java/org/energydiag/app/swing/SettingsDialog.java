package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.core.workspace.Settings;
import org.energydiag.core.workspace.SettingsRepository;

/** 设置: agency, engineer, data folder and theme; saved when confirmed. */
final class SettingsDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JTextField agency = new JTextField(30);
    private final JTextField engineer = new JTextField(30);
    private final JTextField dataDir = new JTextField(30);
    private final JRadioButton light = new JRadioButton("浅色");
    private final JRadioButton dark = new JRadioButton("深色");
    private Path chosenDir;

    SettingsDialog(Window owner, SettingsRepository repo) {
        super(owner, "设置", ModalityType.APPLICATION_MODAL);
        setName("settings");
        Settings s = repo.load();
        agency.setName("settings.agency");
        engineer.setName("settings.engineer");
        dataDir.setName("settings.dataDir");
        light.setName("settings.light");
        dark.setName("settings.dark");
        agency.setText(s.agencyName());
        engineer.setText(s.engineerName());
        Path current = repo.dataDir();
        dataDir.setText(current.toString());
        dataDir.setEditable(false);
        ButtonGroup g = new ButtonGroup();
        g.add(light);
        g.add(dark);
        (s.theme() == Settings.Theme.DARK ? dark : light).setSelected(true);

        JButton choose = new JButton("更改…");
        choose.addActionListener(e -> {
            JFileChooser fc = new JFileChooser(current.toFile());
            fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            fc.setDialogTitle("选择数据文件夹");
            if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                chosenDir = fc.getSelectedFile().toPath();
                dataDir.setText(chosenDir.toString());
            }
        });
        JButton ok = new JButton("确定");
        ok.setName("settings.ok");
        JButton cancel = new JButton("取消");
        cancel.setName("settings.cancel");
        getRootPane().setDefaultButton(ok);
        ok.addActionListener(e -> {
            Settings.Theme theme = dark.isSelected() ? Settings.Theme.DARK : Settings.Theme.LIGHT;
            try {
                repo.save(new Settings(agency.getText().trim(), engineer.getText().trim(), theme));
                if (chosenDir != null && !chosenDir.equals(current)) {
                    repo.setPreferredDataDir(chosenDir);
                    Dialogs.info(this, "数据文件夹", "新的数据文件夹将在下次启动 EnergyDiag 时使用：\n" + chosenDir
                            + "\n当前文件夹中的项目不会自动移动；可先“导出”再在新文件夹中“导入”，"
                            + "或关闭程序后复制整个文件夹。\n（命令行的 --data-dir 和环境变量 ENERGYDIAG_HOME 优先于此设置。）");
                }
            } catch (RuntimeException ex) {
                Dialogs.error(this, "设置", "无法保存设置：" + ex.getMessage() + "。请检查数据文件夹是否可写。");
                return;
            }
            if (theme != s.theme()) {
                Theme.switchTo(theme);
            }
            dispose();
        });
        cancel.addActionListener(e -> dispose());

        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        add(new JLabel("诊断服务机构"));
        add(agency);
        add(new JLabel(""));
        JLabel hint = new JLabel("新建项目时自动填入“诊断服务机构名称”。");
        hint.setForeground(Theme.color(Theme.MUTED));
        add(hint);
        add(new JLabel("诊断工程师"));
        add(engineer);
        add(new JLabel("数据文件夹"));
        add(dataDir, "split 2");
        add(choose, "growx 0");
        add(new JLabel("主题"));
        add(light, "split 2");
        add(dark);
        add(ok, "span 2, split 2, right, gaptop para, growx 0");
        add(cancel, "growx 0");
        pack();
        setLocationRelativeTo(owner);
    }
}
