// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/event/api/EventListenerRegistrar (recent atlassian-event, public sources):
// register(Object), unregister(Object), unregisterAll() (arguments are @Nonnull; annotation not reproduced).
package com.atlassian.event.api;

public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
