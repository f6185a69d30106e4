// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/webresource/api/assembler/WebResourceAssembler (public sources; @ExperimentalApi).
// Left out: AssembledResources assembled() (drags in AssembledResources/WebResourceSet).
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();

    RequiredData data();

    WebResourceAssembler copy();
}
