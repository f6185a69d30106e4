// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
// and .../javadoc/8.0.0-m90/... (every method "Specified by ... in interface com.atlassian.sal.api.user.UserProfile").
// getUserKey() is @Nullable in the real API (annotation not reproduced).
package com.atlassian.sal.api.user;

import java.net.URI;

public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
