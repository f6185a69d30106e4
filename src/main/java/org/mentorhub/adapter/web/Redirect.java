package org.mentorhub.adapter.web;

/**
 * Where a successful form post leads: a page below {@link WebPages#ROOT} (such as {@code /programs/<id>}), and the
 * confirmation shown there, the i18n key {@code mentorhub.web.done.<done>}.
 */
public record Redirect(String path, String done) {
}
