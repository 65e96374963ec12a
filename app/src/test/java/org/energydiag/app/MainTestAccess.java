package org.energydiag.app;

import org.energydiag.app.cli.CliServices;

/** Lets tests in other packages use Main's wiring of the command line. */
public final class MainTestAccess {
    private MainTestAccess() {
    }

    public static CliServices services(AppContext ctx) {
        return Main.services(ctx);
    }

    /** The command line's password of an encrypted data folder, from these environment variables. */
    public static String commandLinePassword(java.util.Map<String, String> env) {
        return Main.commandLinePassword(env);
    }
}
