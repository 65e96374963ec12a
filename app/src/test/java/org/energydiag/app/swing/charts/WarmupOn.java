package org.energydiag.app.swing.charts;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Switches the document warm-up on for a test and back to what it was after it (the Swing tests of
 * the same JVM switch it off, so that it cannot compete with the robot).
 */
final class WarmupOn implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(WarmupOn.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put(PlanWarmup.SWITCH, String.valueOf(System.getProperty(PlanWarmup.SWITCH)));
        System.setProperty(PlanWarmup.SWITCH, "true");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String before = context.getStore(NS).get(PlanWarmup.SWITCH, String.class);
        if (before == null || before.equals("null")) {
            System.clearProperty(PlanWarmup.SWITCH);
        } else {
            System.setProperty(PlanWarmup.SWITCH, before);
        }
    }
}
