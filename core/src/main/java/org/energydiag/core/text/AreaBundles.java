package org.energydiag.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User texts from one bundle per area: a key {@code area.item} is looked up in the bundle
 * {@code <package>area} when it exists, else in the fallback bundle (if any). A missing key reads
 * {@code !key!}, so a gap is seen, not hidden. Numbers given to {@link #format} are put in as
 * {@link String#valueOf} writes them (no grouping, all digits). Used by core's and the app's
 * {@code Texts}.
 */
public final class AreaBundles {

    private final String packagePrefix;
    private final ResourceBundle fallback;
    private final Map<String, Optional<ResourceBundle>> areas = new ConcurrentHashMap<>();

    /**
     * @param packagePrefix where the area bundles are, e.g. {@code org.energydiag.core.text.}
     * @param fallbackBase  a bundle for keys no area bundle holds, or null
     */
    public AreaBundles(String packagePrefix, String fallbackBase) {
        this.packagePrefix = packagePrefix;
        this.fallback = fallbackBase == null ? null : ResourceBundle.getBundle(fallbackBase, Locale.ROOT);
    }

    public String get(String key) {
        int dot = key.indexOf('.');
        if (dot > 0) {
            Optional<ResourceBundle> area = areas.computeIfAbsent(key.substring(0, dot), this::area);
            if (area.isPresent() && area.get().containsKey(key)) {
                return area.get().getString(key);
            }
        }
        if (fallback != null && fallback.containsKey(key)) {
            return fallback.getString(key);
        }
        return "!" + key + "!";
    }

    /** The text with {@code {0}}, {@code {1}}… filled in ({@link MessageFormat}). */
    public String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(get(key), Locale.ROOT).format(plain);
    }

    /** Whether the key has a text. */
    public boolean has(String key) {
        return !get(key).equals("!" + key + "!");
    }

    private Optional<ResourceBundle> area(String name) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(packagePrefix + name, Locale.ROOT);
            return b == fallback ? Optional.empty() : Optional.of(b);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
