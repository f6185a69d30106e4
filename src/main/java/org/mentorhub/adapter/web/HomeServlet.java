package org.mentorhub.adapter.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mentorhub.adapter.platform.CoreServices;

/** {@code /plugins/servlet/mentorhub}: MentorHub's start page inside Jira, for any logged-in user. */
public class HomeServlet extends HttpServlet {
    static final String TEMPLATE = "templates/home.vm";
    static final String PAGE_RESOURCES = "org.mentorhub.mentorhub:mentorhub-page-resources";

    private final transient TemplateRenderer renderer;
    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilder;
    private final transient CoreServices core;

    @Inject
    public HomeServlet(@ComponentImport TemplateRenderer renderer,
                       @ComponentImport UserManager userManager,
                       @ComponentImport LoginUriProvider loginUriProvider,
                       @ComponentImport PageBuilderService pageBuilder,
                       CoreServices core) {
        this.renderer = renderer;
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilder = pageBuilder;
        this.core = core;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = userManager.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(PAGE_RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("user", user, "health", core.health().check()), response.getWriter());
    }

    private static URI requestUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
