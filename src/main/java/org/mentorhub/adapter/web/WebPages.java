package org.mentorhub.adapter.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.port.Users;

/**
 * What every MentorHub page needs from the host: the signed-in user, rendering inside Jira's decorator with AUI,
 * the XSRF token forms echo, and texts from the i18n bundle.
 */
@Named
public class WebPages {
    /** Where the pages live below the context path; servlet url-patterns in the descriptor start with it. */
    public static final String ROOT = "/plugins/servlet/mentorhub";
    static final String PAGE_RESOURCES = "org.mentorhub.mentorhub:mentorhub-page-resources";
    static final String ERROR_TEMPLATE = "templates/error.vm";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Named "UTC" where people read it ({@code ZoneOffset.UTC} would read "Z"). */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final TemplateRenderer renderer;
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final PageBuilderService pageBuilder;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;
    private final I18nResolver i18n;
    private final ApplicationProperties application;
    private final CoreServices core;
    private final Users users;

    @Inject
    public WebPages(@ComponentImport TemplateRenderer renderer,
                    @ComponentImport UserManager userManager,
                    @ComponentImport LoginUriProvider loginUriProvider,
                    @ComponentImport PageBuilderService pageBuilder,
                    @ComponentImport XsrfTokenAccessor xsrfTokens,
                    @ComponentImport XsrfTokenValidator xsrfValidator,
                    @ComponentImport I18nResolver i18n,
                    @ComponentImport ApplicationProperties application,
                    CoreServices core,
                    Users users) {
        this.renderer = renderer;
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilder = pageBuilder;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
        this.i18n = i18n;
        this.application = application;
        this.core = core;
        this.users = users;
    }

    public CoreServices core() {
        return core;
    }

    /** The pages' base URL outside a page request (in a web panel), with the context path as {@code base} has it. */
    String base() {
        return application.getBaseUrl(UrlMode.RELATIVE) + ROOT;
    }

    /** The signed-in user, or null after sending an anonymous visitor to the login page and back. */
    UserProfile signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = userManager.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
        }
        return user;
    }

    boolean validXsrfToken(HttpServletRequest request) {
        return xsrfValidator.validateFormEncodedToken(request);
    }

    /** Renders a page template; the model gains the user, the pages' base URL and the form token. */
    void render(HttpServletRequest request, HttpServletResponse response, UserProfile user, String template,
                Map<String, Object> model) throws IOException {
        Map<String, Object> context = new HashMap<>(model);
        context.put("user", user);
        context.put("base", request.getContextPath() + ROOT);
        context.put("contextPath", request.getContextPath());
        context.put("xsrfParameter", xsrfValidator.getXsrfParameterName());
        context.put("xsrfToken", xsrfTokens.getXsrfToken(request, response, true));
        pageBuilder.assembler().resources().requireWebResource(PAGE_RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }

    /** An error page with the given status and message. */
    void renderError(HttpServletRequest request, HttpServletResponse response, UserProfile user, int status,
                     String message) throws IOException {
        response.setStatus(status);
        render(request, response, user, ERROR_TEMPLATE, Map.of("status", status, "message", message));
    }

    /** The user with this username, if there is one. */
    Optional<UserKey> userByUsername(String username) {
        UserProfile profile = username.isBlank() ? null : userManager.getUserProfile(username);
        return Optional.ofNullable(profile).map(UserProfile::getUserKey).map(key -> new UserKey(key.getStringValue()));
    }

    /** The user's username, for a form field; the key itself if the user is unknown. */
    String username(UserKey user) {
        UserProfile profile = userManager.getUserProfile(new com.atlassian.sal.api.user.UserKey(user.value()));
        return profile == null ? user.value() : profile.getUsername();
    }

    /** Whether the user administers the host, and so manages every program; for showing what they may do. */
    boolean isAdmin(UserKey user) {
        return users.isAdmin(user);
    }

    /**
     * The time zone {@code viewer} enters and reads a program's times in (check-ins): their own, from their profile in
     * the program; UTC for a program manager who takes no part in it.
     */
    ZoneId zoneOf(UserKey viewer, Id<Program> programId) {
        try {
            return core.enrollment().view(programId, viewer).profile().timeZone();
        } catch (NotFoundException notParticipating) {
            return UTC;
        }
    }

    /** {@link #zoneOf} for whoever is signed in; UTC for nobody. */
    ZoneId zoneOfCurrentUser(Id<Program> programId) {
        return users.currentUser().map(viewer -> zoneOf(viewer, programId)).orElse(UTC);
    }

    /** A moment as people read it in {@code zone}, to the minute; the empty string for none. */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.withZone(zone).format(instant);
    }

    /** Whether {@code user} may manage the program: one of its managers, or an administrator. */
    boolean manages(UserKey user, Program program) {
        return program.isManagedBy(user) || isAdmin(user);
    }

    /** The user's direct reports as the nomination form suggests them, by name. */
    List<PersonChoice> directReports(UserKey manager) {
        return users.directReports(manager).stream().map(report -> new PersonChoice(username(report), displayName(report)))
            .sorted(Comparator.comparing(PersonChoice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The user's name for display; the key itself if the user is unknown. */
    String displayName(UserKey user) {
        return users.displayName(user);
    }

    /** A text with arguments; people among them (the core names them by user key) by their names. */
    String text(String key, List<Object> arguments) {
        return i18n.getText(key, arguments.stream()
            .map(a -> a instanceof UserKey person ? displayName(person)
                : a instanceof Number || a instanceof String ? (Serializable) a : String.valueOf(a))
            .toArray(Serializable[]::new));
    }

    String text(String key) {
        return i18n.getText(key);
    }

    /** A period as people read it, in months and days, as the agreement was entered. */
    String period(Period period) {
        long months = period.toTotalMonths();
        int days = period.getDays();
        return months == 0 ? text("mentorhub.people.period.days", List.of(days))
            : days == 0 ? text("mentorhub.people.period.months", List.of(months))
            : text("mentorhub.people.period.monthsDays", List.of(months, days));
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
