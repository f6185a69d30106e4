// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public atlassian-event source com/atlassian/event/api/EventListener.java (@since 2.0):
// @Retention(RUNTIME) @Target(METHOD) @Documented, no elements. Listener methods are public with one parameter (the event).
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
