package org.energydiag.app.text;

import org.energydiag.core.text.AreaBundles;

/**
 * The user texts of the window and the command line, from resource bundles (UTF-8, Chinese): a
 * key {@code area.item} is looked up in {@code org/energydiag/app/text/area.properties} when that
 * bundle exists, else in {@code org/energydiag/app/text/messages.properties} ({@link AreaBundles}).
 * One bundle per area (a panel, a dialog, the command line) keeps each area's texts together. A
 * missing key shows as {@code !key!} so that a gap is seen, not hidden ({@code TextBundlesTest}
 * finds them all).
 */
public final class Texts {

    private static final AreaBundles BUNDLES = new AreaBundles("org.energydiag.app.text.", "org.energydiag.app.text.messages");

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
