package org.energydiag.app.swing;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.core.Robot;

/** Screenshots of the screen as it is, written to PNG only when the system property energydiag.screenshots names a folder. */
final class Screens {

    private Screens() {
    }

    static void shoot(Robot robot, String name) throws Exception {
        String out = System.getProperty("energydiag.screenshots");
        if (out != null) {
            robot.waitForIdle();
            Files.createDirectories(Path.of(out));
            Rectangle r = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(r), "png", Path.of(out, name + ".png").toFile());
        }
    }
}
