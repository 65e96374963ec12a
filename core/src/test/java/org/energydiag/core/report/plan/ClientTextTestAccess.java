package org.energydiag.core.report.plan;

import java.util.Map;
import java.util.regex.Pattern;

/** The client-text rules of {@link ClientTextTest}, for the tests of the other reports. */
public final class ClientTextTestAccess {

    private ClientTextTestAccess() {
    }

    public static Map<String, Pattern> forbidden() {
        return ClientTextTest.FORBIDDEN;
    }
}
