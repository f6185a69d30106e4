// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Shape as in the CFR-decompiled com/atlassian/beehive/ClusterLock quoted in the shared reference (@PublicApi interface
// extending java.util.concurrent.locks.Lock). Only the Lock members are declared (isHeldByCurrentThread() left out:
// not re-checked). newCondition() throws UnsupportedOperationException in the real implementations.
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
