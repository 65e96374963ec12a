package org.energydiag.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user texts of core (messages, findings, notes of an import), from resource bundles (UTF-8,
 * Chinese): a key {@code area.item} is looked up in {@code org/energydiag/core/text/area.properties}.
 * Any package of core may use it; it uses none. A missing key shows as {@code !key!}
 * ({@code TextBundlesTest} finds them all).
 */
public final class Texts {

    static final String PACKAGE = "org.energydiag.core.text.";
    private static final Map<String, Optional<ResourceBundle>> AREAS = new ConcurrentHashMap<>();

    private Texts() {
    }

    public static String get(String key) {
        int dot = key.indexOf('.');
        if (dot > 0) {
            Optional<ResourceBundle> area = AREAS.computeIfAbsent(key.substring(0, dot), Texts::area);
            if (area.isPresent() && area.get().containsKey(key)) {
                return area.get().getString(key);
            }
        }
        return "!" + key + "!";
    }

    /**
     * The text with {@code {0}}, {@code {1}}… filled in ({@link MessageFormat}); numbers are put in
     * as {@link String#valueOf} writes them (no grouping, all digits): format them before when the
     * text needs fewer decimals.
     */
    public static String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(get(key), Locale.ROOT).format(plain);
    }

    /** Whether the key has a text (for tests). */
    public static boolean has(String key) {
        return !get(key).equals("!" + key + "!");
    }

    private static Optional<ResourceBundle> area(String name) {
        try {
            return Optional.of(ResourceBundle.getBundle(PACKAGE + name, Locale.ROOT));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
