// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/ApplicationProperties (public sources, recent SAL, @PublicApi, with
// the PLATFORM_* constants) and https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/sal/bamboo/BambooApplicationProperties.html
// (Platform 7 implementation; same members). Real members carry @Nonnull/@Nullable (not reproduced).
package com.atlassian.sal.api;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

public interface ApplicationProperties {
    String PLATFORM_BAMBOO = "bamboo";
    String PLATFORM_BITBUCKET = "bitbucket";
    String PLATFORM_CONFLUENCE = "conf";
    String PLATFORM_CROWD = "crowd";
    String PLATFORM_FECRU = "fisheye";
    String PLATFORM_JIRA = "jira";
    String PLATFORM_STASH = "stash";

    /** @deprecated since SAL 2.10, use {@link #getBaseUrl(UrlMode)}. */
    @Deprecated
    String getBaseUrl();

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    Date getBuildDate();

    String getBuildNumber();

    /** @deprecated use {@link #getLocalHomeDirectory()} / {@link #getSharedHomeDirectory()}. */
    @Deprecated
    File getHomeDirectory();

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();

    @Deprecated
    String getPropertyValue(String key);

    String getApplicationFileEncoding();
}
