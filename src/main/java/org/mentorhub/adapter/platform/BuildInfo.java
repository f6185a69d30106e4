package org.mentorhub.adapter.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.inject.Named;

/** Facts fixed at build time (the plugin version), read from a resource the build fills in. */
@Named
public class BuildInfo {
    static final String RESOURCE = "/mentorhub-build.properties";
    private final String version;

    public BuildInfo() {
        this.version = load().getProperty("version");
    }

    public String version() {
        return version;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
