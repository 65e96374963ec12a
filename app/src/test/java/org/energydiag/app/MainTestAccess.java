package org.energydiag.app;

import org.energydiag.app.cli.CliServices;

/** Lets tests in other packages use Main's wiring of the command line. */
public final class MainTestAccess {
    private MainTestAccess() {
    }

    public static CliServices services(AppContext ctx) {
        return Main.services(ctx);
    }
}
