// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/user/UserKey (public sources, recent SAL): final, Serializable,
// value semantics (equals/hashCode on the key string), toString() == getStringValue(), static fromLong(long).
// Constructor parameter / getStringValue() are @Nonnull in the real class (annotation not reproduced).
// Faithful minimal implementation so tests and the sandbox can use it as a value.
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        Objects.requireNonNull(userkey, "userkey");
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return getStringValue();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }
}
