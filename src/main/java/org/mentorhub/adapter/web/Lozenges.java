package org.mentorhub.adapter.web;

import java.util.Set;

/** The AUI lozenge class of a program, pairing or nomination status, so each reads the same on every page. */
final class Lozenges {
    private static final Set<String> SUCCESS = Set.of("RUNNING", "ACCEPTED", "ACTIVE");
    private static final Set<String> CURRENT = Set.of("ENROLLING", "PENDING", "PROPOSED", "REQUESTED");
    private static final Set<String> MOVED = Set.of("MATCHING", "WITHDRAWN");
    private static final Set<String> ERROR = Set.of("DECLINED", "ENDED_EARLY");
    private static final Set<String> COMPLETE = Set.of("CLOSED", "COMPLETED");

    private Lozenges() {
    }

    static String of(Enum<?> status) {
        String name = status.name();
        if (SUCCESS.contains(name)) {
            return "aui-lozenge-success";
        }
        if (CURRENT.contains(name)) {
            return "aui-lozenge-current";
        }
        if (MOVED.contains(name)) {
            return "aui-lozenge-moved";
        }
        if (ERROR.contains(name)) {
            return "aui-lozenge-error";
        }
        return COMPLETE.contains(name) ? "aui-lozenge-complete" : "";
    }
}
