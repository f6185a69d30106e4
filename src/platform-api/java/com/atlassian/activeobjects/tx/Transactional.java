// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public source of com/atlassian/activeobjects/tx/Transactional.java (AO plugin, the version whose
// javadoc points to com.atlassian.activeobjects.external.TransactionalAnnotationProcessor, as in
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/TransactionalAnnotationProcessor.html).
// Only takes effect if the plugin declares TransactionalAnnotationProcessor as a component.
package com.atlassian.activeobjects.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@Documented
public @interface Transactional {
}
