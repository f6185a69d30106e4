package org.mentorhub.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * SAL's i18n over the plugin's {@code <resource type="i18n">} bundles, English only. Like Jira, an unknown key
 * renders as the key itself, so a missing text is visible on the page rather than an error.
 */
public final class HostI18nResolver implements I18nResolver {
    private final Map<String, String> texts = new TreeMap<>();

    public HostI18nResolver(ClassLoader classLoader, List<String> bundleLocations) {
        for (String location : bundleLocations) {
            String resource = location.replace('.', '/') + ".properties";
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("i18n bundle " + resource + " is missing");
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String getRawText(String key) {
        return texts.getOrDefault(key, key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = getRawText(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(key);
    }

    @Override
    public String getText(Message message) {
        return getText(message.getKey(), message.getArguments());
    }

    @Override
    public String getText(Locale locale, Message message) {
        return getText(message);
    }

    @Override
    public Message createMessage(String key, Serializable... arguments) {
        Serializable[] copy = arguments.clone();
        return new Message() {
            @Override
            public String getKey() {
                return key;
            }

            @Override
            public Serializable[] getArguments() {
                return copy.clone();
            }

            @Override
            public String toString() {
                return key + Arrays.toString(copy);
            }
        };
    }

    @Override
    public MessageCollection createMessageCollection() {
        List<Message> messages = new ArrayList<>();
        return new MessageCollection() {
            @Override
            public void addMessage(String key, Serializable... arguments) {
                messages.add(createMessage(key, arguments));
            }

            @Override
            public void addMessage(Message message) {
                messages.add(message);
            }

            @Override
            public void addAll(List<Message> more) {
                messages.addAll(more);
            }

            @Override
            public boolean isEmpty() {
                return messages.isEmpty();
            }

            @Override
            public List<Message> getMessages() {
                return List.copyOf(messages);
            }
        };
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        texts.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                result.put(key, value);
            }
        });
        return result;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }
}
