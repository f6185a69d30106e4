// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Shape as in the CFR-decompiled com/atlassian/beehive/ClusterLockService quoted in the shared reference (@PublicApi):
// ClusterLock getLockForName(String lockName) (@Nonnull name). UNCONFIRMED in this session against a javadoc page.
package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
