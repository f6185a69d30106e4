// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/transaction/TransactionCallback (generic SAL 3+ form, public sources)
// and its use in https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
// (<T> T executeInTransaction(TransactionCallback<T>)). The raw form in docs.atlassian.com/sal-api/2.0.16-SNAPSHOT is obsolete.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    /** Runtime exceptions thrown here roll the transaction back. */
    T doInTransaction();
}
