package org.energydiag.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Chinese user text of the core module, from {@code org/energydiag/core/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.energydiag.core.messages", Locale.ROOT);

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
