package org.mentorhub.service;

import org.mentorhub.domain.Session;

/**
 * A session as one reader may see it: pair members see the agenda and shared notes, program managers
 * only when and who; {@code privateNote} is the reader's own note, never anyone else's.
 */
public record SessionView(Session session, String privateNote) {
}
