package org.mentorhub.adapter.web;

/** A program offered in a chooser: its id and name. */
public record ProgramChoice(String id, String name) {
}
