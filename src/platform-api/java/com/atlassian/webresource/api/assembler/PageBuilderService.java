// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/webresource/api/assembler/PageBuilderService (public sources; @ExperimentalApi).
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();

    void seed(WebResourceAssembler assembler);
}
