package org.mentorhub.adapter.web;

import com.atlassian.sal.api.user.UserProfile;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.adapter.platform.ErrorReference;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldError;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MentorHub page for signed-in users: anonymous visitors go to the login page; a form post must carry the XSRF
 * token; the core's failures become what a user can act on — invalid input shows the form again with a message at
 * each field (400), a clash with the current state with a message above it (409), an unknown record or a refused
 * action an error page (404, 403). A successful post redirects, so reloading never repeats it.
 */
public abstract class PageServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    protected final transient WebPages pages;

    protected PageServlet(WebPages pages) {
        this.pages = pages;
    }

    /** Shows the page with {@code form}: fresh on a GET, the failed submission after a post. */
    protected abstract void show(PageCall call, FormState form) throws IOException;

    /** Carries out a form post and says where to go next; null (the default) for pages without forms (405). */
    protected Redirect submit(PageCall call) throws IOException {
        return null;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageCall call = call(request, response);
        if (call != null) {
            guarded(call, () -> show(call, call.form(Map.of())));
        }
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        PageCall call = call(request, response);
        if (call == null) {
            return;
        }
        if (!pages.validXsrfToken(request)) {
            call.renderError(HttpServletResponse.SC_FORBIDDEN, pages.text("mentorhub.web.error.xsrf"));
            return;
        }
        guarded(call, () -> {
            Redirect next;
            try {
                next = submit(call);
            } catch (ValidationException invalid) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (FieldError error : invalid.errors().all()) {
                    fields.putIfAbsent(error.field(), pages.text(error.messageKey(), error.messageArgs()));
                }
                call.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                show(call, FormState.failed(call.submitted(), fields, pages.text("mentorhub.web.error.fields")));
                return;
            } catch (ConflictException conflict) {
                call.setStatus(HttpServletResponse.SC_CONFLICT);
                show(call, FormState.failed(call.submitted(), Map.of(),
                    pages.text(conflict.messageKey(), conflict.messageArgs())));
                return;
            }
            if (next == null) {
                response.setHeader("Allow", "GET");
                call.renderError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, pages.text("mentorhub.web.error.method"));
            } else {
                call.redirect(next);
            }
        });
    }

    private PageCall call(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = pages.signedIn(request, response);
        return user == null ? null : new PageCall(request, response, user, pages);
    }

    private void guarded(PageCall call, Action action) throws IOException {
        try {
            action.run();
        } catch (NotFoundException unknown) {
            call.renderError(HttpServletResponse.SC_NOT_FOUND, pages.text(unknown.messageKey(), unknown.messageArgs()));
        } catch (ForbiddenException refused) {
            call.renderError(HttpServletResponse.SC_FORBIDDEN, pages.text(refused.messageKey(), refused.messageArgs()));
        } catch (ValidationException | ConflictException unusable) {
            // A link with a bad parameter, or a record whose state forbids the page: no form to show it at.
            call.renderError(unusable instanceof ValidationException ? HttpServletResponse.SC_BAD_REQUEST
                : HttpServletResponse.SC_CONFLICT, pages.text(unusable.messageKey(), unusable.messageArgs()));
        } catch (RuntimeException unexpected) {
            // The server's fault: logged with a reference the user can quote, never shown as a stack trace.
            String reference = ErrorReference.next();
            LOG.error("MentorHub page /{} failed (reference {})", String.join("/", call.pathSegments()), reference, unexpected);
            call.renderError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, pages.text("mentorhub.error.unexpected", List.<Object>of(reference)));
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }
}
