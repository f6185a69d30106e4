// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Existence confirmed by public plugin sources importing com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport on
// constructor parameters. Shape taken from its sibling product imports (public source of ConfluenceImport and a
// CFR-decompiled RefappImport, spring-scanner 2.x): @Retention(RUNTIME), meta-annotated @ComponentImport, String value() default "".
// UNCONFIRMED: @Target - older ConfluenceImport source has {PARAMETER}; newer decompiled RefappImport has {PARAMETER, FIELD};
// {PARAMETER, FIELD} used here. The real type is also meta-annotated @OnlyInProduct(ProductFilter.CONFLUENCE) (not declared here).
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@ComponentImport
public @interface ConfluenceImport {
    String value() default "";
}
