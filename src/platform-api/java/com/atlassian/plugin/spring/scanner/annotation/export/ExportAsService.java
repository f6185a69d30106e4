// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService (spring-scanner 2.x,
// public sources): @Target({TYPE, FIELD}) @Retention(RUNTIME), Class<?>[] value() default {}.
// Left out: ServiceProperty[] properties() default {} (ServiceProperty's members could not be confirmed).
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    /** Interfaces to export; derived by reflection when empty. */
    Class<?>[] value() default {};
}
