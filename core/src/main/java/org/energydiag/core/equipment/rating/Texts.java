package org.energydiag.core.equipment.rating;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Chinese texts of the raters ({@code rating-messages.properties}); arguments are strings. */
final class Texts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.energydiag.core.equipment.rating-messages", Locale.ROOT);

    private Texts() {
    }

    static String t(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return f.format(strings);
    }
}
