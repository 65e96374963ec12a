package org.energydiag.app.swing;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.UIManager;
import org.energydiag.core.workspace.Settings;

/** Light and dark FlatLaf themes; app colours come from the theme properties, not from code. */
final class Theme {

    static final String OK = "EnergyDiag.ok.foreground";
    static final String ERROR = "EnergyDiag.error.foreground";
    static final String WARNING = "EnergyDiag.warning.foreground";
    static final String MUTED = "EnergyDiag.muted.foreground";
    static final String SECTION = "EnergyDiag.section.foreground";
    static final String NOTICE_BG = "EnergyDiag.notice.background";

    private static boolean registered;

    private Theme() {
    }

    /** Sets the look and feel; call on the event thread. */
    static void apply(Settings.Theme theme) {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("org.energydiag.app.swing.themes");
            registered = true;
        }
        if (theme == Settings.Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches a running application. */
    static void switchTo(Settings.Theme theme) {
        apply(theme);
        FlatLaf.updateUI();
    }

    static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : Color.GRAY;
    }
}
