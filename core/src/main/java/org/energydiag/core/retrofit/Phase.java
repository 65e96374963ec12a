package org.energydiag.core.retrofit;

import org.energydiag.core.text.Texts;

/** Implementation phase of a key project (template 三（三）, 表3-1 项目阶段). */
public enum Phase {
    SHORT(Texts.get("retrofit.phaseShort"), Texts.get("retrofit.phaseShortSpan")),
    MEDIUM(Texts.get("retrofit.phaseMedium"), Texts.get("retrofit.phaseMediumSpan")),
    LONG(Texts.get("retrofit.phaseLong"), Texts.get("retrofit.phaseLongSpan"));

    private final String label;
    private final String span;

    Phase(String label, String span) {
        this.label = label;
        this.span = span;
    }

    public String label() {
        return label;
    }

    /** The template's time span, e.g. 1年内. */
    public String span() {
        return span;
    }
}
