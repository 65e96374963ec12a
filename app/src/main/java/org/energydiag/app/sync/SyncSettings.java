package org.energydiag.app.sync;

import java.net.URI;
import java.util.Locale;
import org.energydiag.app.text.Texts;

/**
 * Where and as whom to upload: the platform's (or agency server's) base URL and the token it
 * issued. Stored in {@code sync.properties} in the data folder.
 */
public record SyncSettings(String endpoint, String token) {

    public SyncSettings {
        endpoint = endpoint == null ? "" : endpoint.trim();
        token = token == null ? "" : token.trim();
    }

    public static SyncSettings none() {
        return new SyncSettings("", "");
    }

    public boolean isConfigured() {
        return !endpoint.isEmpty() && !token.isEmpty() && problem() == null;
    }

    /** What is wrong with the settings in Chinese, or null when they can be used. */
    public String problem() {
        if (endpoint.isEmpty()) {
            return Texts.get("platform.noEndpoint");
        }
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return Texts.format("platform.badEndpoint", endpoint);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Texts.format("platform.badEndpoint", endpoint);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return Texts.format("platform.httpsRequired", endpoint);
        }
        if (token.isEmpty()) {
            return Texts.get("platform.noToken");
        }
        return null;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    public URI baseUri() {
        String e = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return URI.create(e);
    }
}
