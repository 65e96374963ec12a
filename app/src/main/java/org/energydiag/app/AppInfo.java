package org.energydiag.app;

import org.energydiag.app.text.Texts;

/** Name and version of the application, for file headers and the About box. */
public final class AppInfo {
    public static final String NAME = Texts.get("app.name");
    public static final String VERSION = versionFromManifest();

    private AppInfo() {
    }

    private static String versionFromManifest() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The generator string written into exported files. */
    public static String generator() {
        return "EnergyDiag " + VERSION;
    }
}
