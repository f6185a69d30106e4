// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against CFR- and Procyon-decompiled com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport
// (atlassian-spring-scanner-annotation 2.x, public sources): @Target({PARAMETER, ANNOTATION_TYPE, FIELD}) @Retention(RUNTIME),
// String value() default "".
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
