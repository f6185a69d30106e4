package org.mentorhub.adapter.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One numbered step of MentorHub's data model. Active Objects runs every step newer than the stored model version,
 * in order, each in its own transaction, then records its version; a step that fails is retried on the next start.
 * The rules every step follows:
 * <ul>
 *   <li><b>Numbered and frozen.</b> {@code V<n>} brings the model to version {@code n} and never changes once
 *       released; a later change is a new step. A step names the entity interfaces of its own version: when an
 *       entity changes, its old shape moves to {@code upgrade.v<n>} first.</li>
 *   <li><b>Runs before the entity migration.</b> Active Objects migrates the declared entities only after the
 *       steps, so a step creates or changes the tables it needs itself ({@code ao.migrate(...)}).</li>
 *   <li><b>Idempotent, also from nothing.</b> A fresh install runs every step on an empty database, and a step may
 *       run again after a failure; running it twice must leave the same data as running it once.</li>
 *   <li><b>Never drops.</b> Columns and tables are only added; data moves in the step that makes it obsolete.</li>
 * </ul>
 */
public abstract class ModelUpgrade implements ActiveObjectsUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(ModelUpgrade.class);

    private final int version;

    protected ModelUpgrade(int version) {
        this.version = version;
    }

    @Override
    public final ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(version));
    }

    @Override
    public final void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        LOG.info("MentorHub data model: upgrading from version {} to {}", currentVersion, version);
        apply(ao);
        LOG.info("MentorHub data model: now at version {}", version);
    }

    /** Brings the data to this step's version; see the rules above. */
    protected abstract void apply(ActiveObjects ao);
}
