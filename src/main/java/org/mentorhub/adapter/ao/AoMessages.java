package org.mentorhub.adapter.ao;

/** Keys of the messages the stores add to the core's (texts in {@code i18n/mentorhub.properties}). */
final class AoMessages {
    /** Two requests wrote the same record at once and the database kept the first. */
    static final String CONCURRENT_CHANGE = "mentorhub.store.concurrentChange";

    private AoMessages() {
    }
}
