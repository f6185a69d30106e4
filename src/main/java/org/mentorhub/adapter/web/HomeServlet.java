package org.mentorhub.adapter.web;

import java.io.IOException;
import java.util.Map;
import javax.inject.Inject;

/** {@code /plugins/servlet/mentorhub}: MentorHub's start page inside Jira, for any logged-in user. */
public class HomeServlet extends PageServlet {
    static final String TEMPLATE = "templates/home.vm";

    @Inject
    public HomeServlet(WebPages pages) {
        super(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        call.render(TEMPLATE, Map.of("form", form, "health", pages.core().health().check()));
    }
}
