// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/webresource/api/assembler/RequiredResources (public sources; @ExperimentalApi;
// members are @Nonnull/@Nullable - not reproduced). Left out: the (ResourcePhase, String) overloads and
// requireSuperbatch(ResourcePhase) (drag in ResourcePhase).
package com.atlassian.webresource.api.assembler;

import java.util.Set;

public interface RequiredResources {
    /** Complete module key, e.g. "plugin.key:web-resource-key". */
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireModule(String moduleName);

    RequiredResources requireContext(String context);

    RequiredResources requirePage(String page);

    RequiredResources exclude(Set<String> webResources, Set<String> contexts);

    RequiredResources excludeSuperbatch();
}
