package org.energydiag.core.workspace;

/**
 * The user's settings.
 *
 * @param agencyName   诊断服务机构名称, pre-filled into new projects
 * @param engineerName 诊断工程师
 * @param theme        LIGHT or DARK
 */
public record Settings(String agencyName, String engineerName, Theme theme) {

    public enum Theme { LIGHT, DARK }

    public Settings {
        agencyName = agencyName == null ? "" : agencyName;
        engineerName = engineerName == null ? "" : engineerName;
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public static Settings defaults() {
        return new Settings("", "", Theme.LIGHT);
    }
}
