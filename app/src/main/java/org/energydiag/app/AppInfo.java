package org.energydiag.app;

/** Name and version of the application, for file headers and the About box. */
public final class AppInfo {
    public static final String NAME = "EnergyDiag 节能降碳诊断助手";
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
