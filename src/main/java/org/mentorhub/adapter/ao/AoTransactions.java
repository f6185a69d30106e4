package org.mentorhub.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.mentorhub.port.Transactions;

/**
 * Units of work as Active Objects transactions. The host's transaction template joins an open transaction
 * (propagation REQUIRED) and rolls back on any runtime exception, which then reaches the caller unchanged.
 */
@Named
public class AoTransactions implements Transactions {
    private final ActiveObjects ao;

    @Inject
    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
