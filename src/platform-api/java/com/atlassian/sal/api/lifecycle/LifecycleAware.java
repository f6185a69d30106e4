// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
// (SAL 3.0.0: onStart(), onStop()). Must be exported as an OSGi service (e.g. @ExportAsService(LifecycleAware.class)).
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    void onStart();

    void onStop();
}
