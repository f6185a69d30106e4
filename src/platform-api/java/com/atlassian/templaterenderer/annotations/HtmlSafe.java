// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled recent com/atlassian/templaterenderer/annotations/HtmlSafe and the public ATR source:
// @Retention(RUNTIME) @Target(METHOD), no elements, @Deprecated ("use com.atlassian.velocity.htmlsafe.HtmlSafe instead").
// The real type is also meta-annotated @ReturnValueAnnotation @CollectionInheritable (same package; not declared here -
// the meta-annotations only matter at run time, where the real class is used).
package com.atlassian.templaterenderer.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Deprecated
public @interface HtmlSafe {
}
