package org.mentorhub.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.port.Users;
import org.mockito.ArgumentCaptor;

class PageServletTest {
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final UserManager userManager = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final XsrfTokenValidator xsrf = mock(XsrfTokenValidator.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final List<FormState> shown = new ArrayList<>();
    private WebPages pages;

    @BeforeEach
    void signedInUserWithValidToken() throws IOException {
        pages = new WebPages(renderer, userManager, login, mock(PageBuilderService.class, RETURNS_DEEP_STUBS),
            mock(XsrfTokenAccessor.class), xsrf, i18n, mock(ApplicationProperties.class), mock(CoreServices.class), mock(Users.class));
        when(userManager.getRemoteUser(request)).thenReturn(mock(UserProfile.class));
        when(xsrf.validateFormEncodedToken(request)).thenReturn(true);
        when(xsrf.getXsrfParameterName()).thenReturn("atl_token");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getParameterMap()).thenReturn(Map.of("name", new String[] {"<b>x</b>"}));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(i18n.getText(any(String.class), any(java.io.Serializable[].class)))
            .thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(any(String.class))).thenAnswer(call -> "text:" + call.getArgument(0));
    }

    @Test
    void anonymousVisitorIsSentToLoginAndBack() throws Exception {
        when(userManager.getRemoteUser(request)).thenReturn(null);
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://jira/jira/plugins/servlet/mentorhub/mine"));
        when(login.getLoginUri(URI.create("http://jira/jira/plugins/servlet/mentorhub/mine")))
            .thenReturn(URI.create("/jira/login.jsp?os_destination=x"));

        page(call -> new Redirect("/mine", "saved")).doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        assertThat(shown).isEmpty();
    }

    @Test
    void postWithoutTheFormTokenIsRefusedBeforeItRuns() throws Exception {
        when(xsrf.validateFormEncodedToken(request)).thenReturn(false);
        boolean[] ran = {false};

        page(call -> {
            ran[0] = true;
            return new Redirect("/mine", "saved");
        }).doPost(request, response);

        assertThat(ran[0]).isFalse();
        verify(response).setStatus(403);
        verifyRendered(WebPages.ERROR_TEMPLATE);
    }

    @Test
    void invalidInputShowsTheSubmittedFormWithAMessageAtEachField() throws Exception {
        page(call -> {
            FieldErrors.builder().add("name", "mentorhub.program.name.required")
                .add("name", "mentorhub.second.problem").add("capacity", "mentorhub.capacity.negative").throwIfAny();
            return new Redirect("/never", "never");
        }).doPost(request, response);

        verify(response).setStatus(400);
        FormState form = shown.get(0);
        assertThat(form.value("name")).isEqualTo("<b>x</b>");
        assertThat(form.error("name")).isEqualTo("text:mentorhub.program.name.required");
        assertThat(form.error("capacity")).isEqualTo("text:mentorhub.capacity.negative");
        assertThat(form.error()).isEqualTo("text:mentorhub.web.error.fields");
        verify(response, never()).sendRedirect(any());
    }

    @Test
    void conflictShowsTheFormWithTheReasonAboveIt() throws Exception {
        page(call -> {
            throw new ConflictException("mentorhub.pairing.capacity.taken");
        }).doPost(request, response);

        verify(response).setStatus(409);
        assertThat(shown.get(0).error()).isEqualTo("text:mentorhub.pairing.capacity.taken");
        assertThat(shown.get(0).hasErrors()).isTrue();
    }

    @Test
    void successRedirectsToTheNextPageWithItsConfirmation() throws Exception {
        page(call -> new Redirect("/programs/42", "program.saved")).doPost(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/mentorhub/programs/42?done=mentorhub.web.done.program.saved");
        assertThat(shown).isEmpty();
    }

    @Test
    void pageWithoutFormsAnswersAPostWith405() throws Exception {
        page(call -> null).doPost(request, response);

        verify(response).setStatus(405);
        verify(response).setHeader("Allow", "GET");
    }

    @Test
    void unknownRecordIsA404Page() throws Exception {
        PageServlet page = new PageServlet(pages) {
            @Override
            protected void show(PageCall call, FormState form) {
                throw new NotFoundException("mentorhub.program.notFound", "x");
            }
        };

        page.doGet(request, response);

        verify(response).setStatus(404);
        verifyRendered(WebPages.ERROR_TEMPLATE);
    }

    @Test
    void anUnexpectedFailureIsA500PageThatQuotesALoggedReference() throws Exception {
        PageServlet page = page(call -> {
            throw new IllegalStateException("secret detail");
        });

        page.doPost(request, response);

        verify(response).setStatus(500);
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(WebPages.ERROR_TEMPLATE), model.capture(), any());
        assertThat(model.getValue().values()).contains("text:mentorhub.error.unexpected").doesNotContain("secret detail");
    }

    @Test
    void confirmationComesOnlyFromMentorHubsOwnConfirmationKeys() throws Exception {
        when(request.getParameter("done")).thenReturn("mentorhub.web.done.program.saved", "some.other.key");
        PageServlet page = page(call -> null);

        page.doGet(request, response);
        page.doGet(request, response);

        assertThat(shown.get(0).done()).isEqualTo("text:mentorhub.web.done.program.saved");
        assertThat(shown.get(1).done()).isNull();
    }

    private void verifyRendered(String template) throws IOException {
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(template), model.capture(), any());
        assertThat(model.getValue()).containsEntry("base", "/jira" + WebPages.ROOT).containsKey("xsrfToken");
    }

    private PageServlet page(Submission submission) {
        return new PageServlet(pages) {
            @Override
            protected void show(PageCall call, FormState form) {
                shown.add(form);
            }

            @Override
            protected Redirect submit(PageCall call) {
                return submission.submit(call);
            }
        };
    }

    @FunctionalInterface
    private interface Submission {
        Redirect submit(PageCall call);
    }
}
