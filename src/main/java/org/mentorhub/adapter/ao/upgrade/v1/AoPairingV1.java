package org.mentorhub.adapter.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** The pairing table as model version 1 created it. */
@Table("PAIRING")
public interface AoPairingV1 extends Entity, PairingColumns {
}
