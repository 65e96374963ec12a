package org.energydiag.core.text;

/**
 * The user texts of core (messages, findings, notes of an import), from resource bundles (UTF-8,
 * Chinese): a key {@code area.item} is looked up in {@code org/energydiag/core/text/area.properties}
 * ({@link AreaBundles}). Any package of core may use it; it uses none. A missing key shows as
 * {@code !key!} ({@code TextBundlesTest} finds them all).
 */
public final class Texts {

    private static final AreaBundles BUNDLES = new AreaBundles("org.energydiag.core.text.", null);

    private Texts() {
    }

    public static String get(String key) {
        return BUNDLES.get(key);
    }

    /**
     * The text with {@code {0}}, {@code {1}}… filled in; numbers are put in as {@link String#valueOf}
     * writes them (no grouping, all digits): format them before when the text needs fewer decimals.
     */
    public static String format(String key, Object... args) {
        return BUNDLES.format(key, args);
    }

    /** Whether the key has a text (for tests). */
    public static boolean has(String key) {
        return BUNDLES.has(key);
    }
}
