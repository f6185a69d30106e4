// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public sal-api source com/atlassian/sal/api/user/UserResolutionException.java (@since 2.0) and a
// CFR-decompiled recent copy (public sources): UNCHECKED (extends RuntimeException), three constructors.
package com.atlassian.sal.api.user;

public class UserResolutionException extends RuntimeException {
    public UserResolutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserResolutionException(Throwable cause) {
        super(cause);
    }

    public UserResolutionException(String message) {
        super(message);
    }
}
