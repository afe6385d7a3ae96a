package com.example.dynamodb.support;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** The network rules: plain http and dummy credentials are for loopback addresses only. */
public final class Endpoints {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private Endpoints() {}

    /**
     * True only for {@code localhost}, {@code 127.x.y.z} and {@code ::1}. Other host names are not
     * resolved: a name that happens to point at 127.0.0.1 today is not trusted.
     */
    public static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost")
                || IPV4_LOOPBACK.matcher(host).matches()
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    /** Refuses plain http to anything but loopback: it would send signed requests unencrypted. */
    public static URI requireSafe(URI endpoint) {
        if ("http".equalsIgnoreCase(endpoint.getScheme()) && !isLoopback(endpoint)) {
            throw new IllegalArgumentException(
                    "Refusing plain http to " + endpoint + ": requests would cross the network unencrypted."
                            + " Use https, or a loopback address (localhost, 127.0.0.1, [::1]) for a local server.");
        }
        return endpoint;
    }
}
