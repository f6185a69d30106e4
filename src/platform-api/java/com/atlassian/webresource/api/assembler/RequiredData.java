// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/webresource/api/assembler/RequiredData (public sources; @ExperimentalApi).
// Left out: requireData(String, Jsonable[, ResourcePhase]), the ResourcePhase overloads and
// requireData(String, CompletionStage<Jsonable>) (drag in com.atlassian.json.marshal.Jsonable / ResourcePhase).
// Read in JS with WRM.data.claim(key).
package com.atlassian.webresource.api.assembler;

public interface RequiredData {
    RequiredData requireData(String key, Number content);

    RequiredData requireData(String key, String content);

    RequiredData requireData(String key, Boolean content);
}
