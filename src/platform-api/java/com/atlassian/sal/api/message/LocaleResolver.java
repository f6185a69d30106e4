// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/message/LocaleResolver (public sources, recent SAL, javax.servlet).
// getLocale(UserKey) takes a @Nullable key in the real API (annotation not reproduced).
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

public interface LocaleResolver {
    Locale getLocale(HttpServletRequest request);

    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();

    Set<Locale> getSupportedLocales();
}
