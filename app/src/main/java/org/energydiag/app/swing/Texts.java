package org.energydiag.app.swing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's user texts, from {@code messages.properties} (UTF-8, Chinese first). A missing key
 * shows as {@code !key!} so that a gap is seen, not hidden.
 */
final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.energydiag.app.swing.messages", Locale.CHINA);

    private Texts() {
    }

    static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text with {@code {0}}, {@code {1}}… filled in ({@link MessageFormat}; numbers as given). */
    static String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(get(key), Locale.CHINA).format(plain);
    }
}
