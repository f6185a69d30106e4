package org.mentorhub.adapter.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * Rows that store a domain record with an {@link org.mentorhub.domain.Id}. The int {@code ID} is Active Objects' own
 * key; the domain id is what every lookup and reference uses. Like the other {@code In...} column groups this is a
 * plain interface: Active Objects would take a super-interface that extends {@code Entity} for a table of its own.
 */
public interface Identified {
    String UUID = "UUID";

    /** The domain id; random UUIDs make it unique without a constraint, the index serves lookups by id. */
    @NotNull
    @Indexed
    @StringLength(Columns.UUID_LENGTH)
    String getUuid();

    void setUuid(String uuid);
}
