package org.energydiag.app.controller;

import java.time.Instant;

/**
 * State of autosaving, shown in the status bar.
 *
 * @param state   SAVED, SAVING or FAILED
 * @param time    when the last save succeeded (may be null)
 * @param message for FAILED: what went wrong, in Chinese
 */
public record SaveStatus(State state, Instant time, String message) {
    public enum State { SAVED, SAVING, FAILED }

    public static SaveStatus saved(Instant t) {
        return new SaveStatus(State.SAVED, t, "");
    }
}
