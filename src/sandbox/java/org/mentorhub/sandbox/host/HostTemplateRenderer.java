package org.mentorhub.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Atlassian Template Renderer over Velocity with Jira's rules: every {@code $reference} is HTML-encoded unless its
 * name ends in {@code Html}, and plugin methods must be allowlisted. The context carries {@code $i18n}, as ATR's does.
 */
public final class HostTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;
    private final I18nResolver i18n;

    /** @param velocityAllowlist the plugin's {@code <velocity-allowlist>} methods, enforced as Jira 10 does */
    public HostTemplateRenderer(ClassLoader classLoader, I18nResolver i18n, Set<String> velocityAllowlist) {
        this.i18n = i18n;
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        properties.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("classpath.resource.loader.cache", "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS,
            "org.apache.velocity.runtime.log.NullLogChute");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            engine = new VelocityEngine(properties);
            engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, Set.copyOf(velocityAllowlist));
            engine.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            engine.mergeTemplate(templateName, "UTF-8", velocityContext(context), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render " + templateName, e);
        }
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter writer = new StringWriter();
        try {
            engine.evaluate(velocityContext(context), writer, "fragment", fragment);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render fragment", e);
        }
        return writer.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext velocityContext(Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        context.put("i18n", i18n);
        values.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscaping());
        cartridge.attachToContext(context);
        return context;
    }

    /** Jira's auto-escaping: encode unless the reference's last name part ends in "Html". */
    static final class HtmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isHtmlSafe(reference)) {
                return value;
            }
            return escape(String.valueOf(value));
        }

        static boolean isHtmlSafe(String reference) {
            String name = reference.replaceAll("[${}!]", "");
            int call = name.indexOf('(');
            if (call >= 0) {
                name = name.substring(0, call);
            }
            name = name.substring(name.lastIndexOf('.') + 1);
            return name.endsWith("Html");
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
