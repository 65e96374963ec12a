package org.energydiag.app.swing;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.energydiag.app.AppContext;
import org.energydiag.app.store.Backups;
import org.energydiag.app.text.Texts;

/**
 * 工具 → 立即备份…: an online backup of the whole database while the window works (H2's
 * {@code BACKUP TO} on the open database), written where the engineer chooses (a USB stick, say;
 * the data folder's {@code backups/} at first), in the background with progress and 取消, checked
 * before it replaces a file of the same name ({@link Backups#write}); then the usual export
 * follow-up (打开所在文件夹, 复制路径).
 */
final class BackupNow {

    private BackupNow() {
    }

    /** Asks where, then writes the backup; {@code flush} first writes the field being typed. */
    static void run(java.awt.Component parent, AppContext ctx, Runnable flush) {
        flush.run();
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.BACKUP);
        if (FileChoosers.lastFolder(FileChoosers.Purpose.BACKUP).isEmpty()) {
            File backups = ctx.dataDir().resolve(Backups.FOLDER).toFile();
            backups.mkdirs();
            ch.setCurrentDirectory(backups);
        }
        ch.setDialogTitle(Texts.get("main.backup.chooserTitle"));
        ch.setFileFilter(new FileNameExtensionFilter("ZIP", "zip"));
        ch.setSelectedFile(new File(ch.getCurrentDirectory(), Backups.dailyName(LocalDateTime.now(ctx.clock()))));
        if (ch.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = ch.getSelectedFile().toPath();
        Path target = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".zip");
        String title = Texts.get("main.backup.title");
        BackgroundTask.runMonitored(parent, title, m -> Backups.write(ctx.database(), target, m),
                written -> ExportDone.show(parent, title, Texts.get("main.backup.done"), written));
    }
}
