package org.mentorhub.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorhub.sandbox.host.SandboxUser;
import org.mentorhub.sandbox.host.SandboxUsers;

/** The people the sandbox starts with: an admin, a program manager, a line manager, mentors and mentees. */
public final class DemoUsers {
    /** Direct manager by user key, as an HR import would record it: the line manager leads both mentees. */
    public static final Map<String, String> MANAGERS = Map.of(
        "JIRAUSER10005", "JIRAUSER10002",
        "JIRAUSER10006", "JIRAUSER10002");

    /** The usernames of the people to start with, in the order the user switcher offers them. */
    public static final List<String> STARTERS = List.of("admin", "pat.manager", "lee.lead", "maria.mentor", "omar.mentor",
        "mina.mentee", "tom.mentee");

    private DemoUsers() {
    }

    public static SandboxUsers create() {
        SandboxUsers users = new SandboxUsers();
        users.add(user("JIRAUSER10000", "admin", "Alice Admin",
            SandboxUser.USERS, SandboxUser.ADMINISTRATORS, SandboxUser.SYSTEM_ADMINISTRATORS));
        users.add(user("JIRAUSER10001", "pat.manager", "Pat Programme", SandboxUser.USERS));
        users.add(user("JIRAUSER10002", "lee.lead", "Lee Linemanager", SandboxUser.USERS));
        users.add(user("JIRAUSER10003", "maria.mentor", "Maria Mentor", SandboxUser.USERS));
        users.add(user("JIRAUSER10004", "omar.mentor", "Omar Okafor", SandboxUser.USERS));
        users.add(user("JIRAUSER10005", "mina.mentee", "Mina Mentee", SandboxUser.USERS));
        users.add(user("JIRAUSER10006", "tom.mentee", "Tom Tran", SandboxUser.USERS));
        return users;
    }

    private static SandboxUser user(String key, String username, String fullName, String... groups) {
        return new SandboxUser(key, username, fullName, username + "@example.com", Set.of(groups));
    }
}
