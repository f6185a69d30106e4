package org.mentorhub.sandbox.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** A minimal entity for testing the Active Objects host. */
@Table("SAMPLE")
public interface SampleEntity extends Entity {
    String getName();

    void setName(String name);
}
