// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Existence/package confirmed by the import in a decompiled applinks ApplicationTypes class (public sources); use only as
// the class literal ConfluenceApplicationType.class. UNCONFIRMED: that it is an interface (irrelevant for class-literal use).
package com.atlassian.applinks.api.application.confluence;

import com.atlassian.applinks.api.ApplicationType;

public interface ConfluenceApplicationType extends ApplicationType {
}
