package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** Rows about one user (a manager of a program, a participant, a completion). */
public interface OfUser {
    String USER_KEY = "USER_KEY";

    /** The user's key; indexed to find everything about one person. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);
}
