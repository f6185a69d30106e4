package org.mentorhub.testing;

import com.atlassian.sal.api.message.I18nResolver;
import org.mentorhub.sandbox.host.HostI18nResolver;
import org.mentorhub.sandbox.host.PluginDescriptor;

/** The plugin's real i18n bundles behind SAL's interface, as the sandbox serves them (unknown keys echo the key). */
public final class PluginI18n {
    private PluginI18n() {
    }

    public static I18nResolver resolver() {
        ClassLoader classLoader = PluginI18n.class.getClassLoader();
        return new HostI18nResolver(classLoader, PluginDescriptor.load(classLoader).i18nLocations());
    }
}
