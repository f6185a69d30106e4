package org.mentorhub.adapter.web;

/** A person offered in a chooser: the username typed into the field, and the name shown beside it. */
public record PersonChoice(String username, String name) {
}
