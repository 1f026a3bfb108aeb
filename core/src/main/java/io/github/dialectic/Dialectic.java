package io.github.dialectic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of Dialectic. */
public final class Dialectic {
    private static final String VERSION = readVersion();

    private Dialectic() {
    }

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Dialectic.class.getResourceAsStream("dialectic.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
