package org.mentorhub.adapter.web;

/**
 * A logged check-in as one pair member sees it: when (in the reader's time zone), how long, the agenda and shared notes, who attended, and
 * the reader's own private note (never anyone else's). Empty strings where nothing was written.
 */
public record SessionRow(String startsAt, long minutes, String agenda, String sharedNotes, String attended, String privateNote) {
}
