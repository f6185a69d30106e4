package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** That a user completed a training material. */
@Table("TRAINING_DONE")
public interface AoTrainingCompletion extends Entity, InProgram, OfUser {
    String MATERIAL_UUID = "MATERIAL_UUID";
    String MATERIAL_USER = "MATERIAL_USER";
    String COMPLETED_AT = "COMPLETED_AT";

    /** The material's domain id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getMaterialUuid();

    void setMaterialUuid(String materialUuid);

    /** Material id and user key: unique, a completion is recorded once. */
    @NotNull
    @Unique
    @StringLength(Columns.COMPOSITE_KEY_LENGTH)
    String getMaterialUser();

    void setMaterialUser(String materialUser);

    /** When, epoch milliseconds. */
    @NotNull
    long getCompletedAt();

    void setCompletedAt(long completedAt);
}
