// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/transaction/TransactionTemplate (generic SAL 3+ form, public sources);
// https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionTemplate.html shows the obsolete raw form.
package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
