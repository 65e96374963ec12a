package org.energydiag.core.reference;

/**
 * An administrative division after GB/T 2260: six-digit code and name. The name is kept with
 * the code so a project stays readable even if a later division list renames or drops it.
 */
public record Region(String code, String name) {
    public String display() {
        return name == null ? "" : name;
    }
}
