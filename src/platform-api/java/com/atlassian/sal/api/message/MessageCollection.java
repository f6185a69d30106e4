// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/message/MessageCollection (public sources, recent SAL) and the
// public sal-api source (@since 2.0) - identical member list.
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.List;

public interface MessageCollection {
    void addMessage(String key, Serializable... arguments);

    void addMessage(Message message);

    void addAll(List<Message> messages);

    boolean isEmpty();

    List<Message> getMessages();
}
