package org.energydiag.core.project;

/** A contact person at the enterprise. */
public record Contact(String name, String position, String phone, String email) {
    public static Contact empty() {
        return new Contact("", "", "", "");
    }
}
