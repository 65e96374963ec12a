package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.HeadlessException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFileChooser;
import org.energydiag.core.workspace.SettingsRepository;

/**
 * Every file chooser of the window: each opens in the folder last used for its purpose (meter
 * import, Excel, plan export …), remembered in the settings across restarts. Create choosers only
 * through {@link #create(Purpose)}; a chooser that is approved remembers the folder of what was
 * chosen.
 */
final class FileChoosers {

    private static final Logger LOG = Logger.getLogger(FileChoosers.class.getName());

    /** What a chooser is for: each purpose remembers its own folder. */
    enum Purpose {
        PROJECT_FILE("projectFile"),
        METER_IMPORT("meterImport"),
        METER_REPORT("meterReport"),
        EXCEL("excel"),
        PLAN_EXPORT("planExport"),
        FORM_EXPORT("formExport"),
        IMAGE_EXPORT("imageExport"),
        ATTACHMENT("attachment"),
        SUBMISSION("submission"),
        REFERENCE_DATA("referenceData"),
        BACKUP("backup"),
        DATA_DIR("dataDir");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }

        /** The settings' preference key of this purpose's folder. */
        String preferenceKey() {
            return "folder." + key;
        }
    }

    private static volatile SettingsRepository settings;

    private FileChoosers() {
    }

    /** The settings the folders are kept in (the window's data folder); set when the window is built. */
    static void use(SettingsRepository repository) {
        settings = repository;
    }

    /** A chooser that opens in the last folder used for {@code purpose} and remembers the new one when approved. */
    static JFileChooser create(Purpose purpose) {
        JFileChooser chooser = new Remembering(purpose);
        lastFolder(purpose).ifPresent(dir -> chooser.setCurrentDirectory(dir.toFile()));
        return chooser;
    }

    /** The folder last used for {@code purpose}, when it still exists. */
    static Optional<Path> lastFolder(Purpose purpose) {
        SettingsRepository s = settings;
        if (s == null) {
            return Optional.empty();
        }
        try {
            return s.preference(purpose.preferenceKey()).map(Path::of).filter(Files::isDirectory);
        } catch (RuntimeException e) { // an unreadable or odd value: the chooser opens in its default folder
            LOG.log(Level.FINE, "no usable folder for " + purpose, e);
            return Optional.empty();
        }
    }

    /** Remembers the folder of what was chosen (a folder's own parent when a folder was chosen, so it is shown again). */
    static void remember(Purpose purpose, File chosen) {
        SettingsRepository s = settings;
        if (s == null || chosen == null) {
            return;
        }
        File folder = chosen.isAbsolute() ? chosen.getParentFile() : null;
        if (folder == null) {
            return;
        }
        try {
            s.setPreference(purpose.preferenceKey(), folder.getAbsolutePath());
        } catch (RuntimeException e) { // the folder is a convenience: a settings file that cannot be written must not stop the export
            LOG.log(Level.WARNING, "cannot remember the folder for " + purpose, e);
        }
    }

    /** A chooser whose approval is remembered for its purpose. */
    private static final class Remembering extends JFileChooser {
        private static final long serialVersionUID = 1L;
        private final Purpose purpose;

        Remembering(Purpose purpose) {
            this.purpose = purpose;
        }

        @Override
        public int showDialog(Component parent, String approveButtonText) throws HeadlessException {
            int result = super.showDialog(parent, approveButtonText);
            if (result == APPROVE_OPTION) {
                File[] many = isMultiSelectionEnabled() ? getSelectedFiles() : new File[0];
                File chosen = many.length > 0 ? many[0] : getSelectedFile();
                if (chosen != null && !chosen.isAbsolute()) {
                    chosen = new File(getCurrentDirectory(), chosen.getPath());
                }
                remember(purpose, chosen);
            }
            return result;
        }
    }
}
