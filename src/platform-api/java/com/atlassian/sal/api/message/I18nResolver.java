// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-bamboo/10.0.2/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html
// (Bamboo 10 = Platform 7; every method "Specified by ... in interface com.atlassian.sal.api.message.I18nResolver"),
// https://docs.atlassian.com/atlassian-bamboo/8.0.4/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html (method summary)
// and the public sal-api source I18nResolver.java (@since 2.0/2.1).
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

public interface I18nResolver {
    String getRawText(String key);

    String getRawText(Locale locale, String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key);

    String getText(Message message);

    String getText(Locale locale, Message message);

    Message createMessage(String key, Serializable... arguments);

    MessageCollection createMessageCollection();

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
