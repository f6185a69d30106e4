package org.mentorhub.adapter.web;

/**
 * Something on the start page that waits for the signed-in person, or on them.
 *
 * @param kind    the text's key suffix under {@code mentorhub.home.task.}
 * @param who     the other people involved, by name
 * @param program the program's name
 * @param path    where to act, below the pages' base
 */
public record HomeTask(String kind, String who, String program, String path) {
}
