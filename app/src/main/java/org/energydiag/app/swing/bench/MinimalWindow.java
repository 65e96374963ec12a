package org.energydiag.app.swing.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Graphics;
import java.lang.management.ManagementFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The yardstick of {@code bench/startup.sh}: the smallest FlatLaf window this JVM can show (a label
 * with Chinese text and a button), timed from JVM start to its first paint, exactly as the
 * application's home window is timed. The home window's first paint is compared with this one.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame f = new JFrame("EnergyDiag");
            JPanel p = new JPanel() {
                private boolean painted;

                @Override
                protected void paintComponent(Graphics g) {
                    super.paintComponent(g);
                    if (!painted) {
                        painted = true;
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("startup: minimal window painted at " + ms + " ms");
                        SwingUtilities.invokeLater(() -> System.exit(0));
                    }
                }
            };
            p.add(new JLabel("\u8282\u80fd\u964d\u78b3\u8bca\u65ad\u52a9\u624b")); // the product name, as the home window shows it
            p.add(new JButton("OK"));
            f.setContentPane(p);
            f.setSize(1000, 700);
            f.setLocationRelativeTo(null);
            f.setVisible(true);
        });
    }
}
