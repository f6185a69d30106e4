// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/event/api/EventPublisher (recent atlassian-event, public sources):
// "public interface EventPublisher extends EventListenerRegistrar { void publish(Object); }" (older 2.x source declared
// register/unregister/unregisterAll directly on EventPublisher; callers compile the same either way).
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
