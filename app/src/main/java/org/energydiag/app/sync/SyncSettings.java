package org.energydiag.app.sync;

import java.net.URI;
import java.util.Locale;

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
            return "未设置平台地址：请在 同步 → 同步设置 中填写平台提供的地址。";
        }
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return "平台地址格式不正确：" + endpoint + "（应形如 https://平台域名/路径）";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "平台地址格式不正确：" + endpoint + "（应形如 https://平台域名/路径）";
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return "平台地址必须使用 https（加密传输）：" + endpoint;
        }
        if (token.isEmpty()) {
            return "未填写访问令牌：请在 同步设置 中填写平台发放的令牌。";
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
