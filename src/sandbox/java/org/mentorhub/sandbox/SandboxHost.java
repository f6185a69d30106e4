package org.mentorhub.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.ws.rs.ext.Provider;
import net.java.ao.RawEntity;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.mentorhub.sandbox.ao.ActiveObjectsModuleHost;
import org.mentorhub.sandbox.ao.DatabaseClusterLockService;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.host.ClassScanner;
import org.mentorhub.sandbox.host.ComponentContainer;
import org.mentorhub.sandbox.host.HostI18nResolver;
import org.mentorhub.sandbox.host.HostXsrfTokens;
import org.mentorhub.sandbox.host.HostPageBuilderService;
import org.mentorhub.sandbox.host.HostTemplateRenderer;
import org.mentorhub.sandbox.host.HostUserManager;
import org.mentorhub.sandbox.host.PluginDescriptor;
import org.mentorhub.sandbox.host.SandboxUsers;
import org.mentorhub.sandbox.web.CurrentUserFilter;
import org.mentorhub.sandbox.web.DashboardPage;
import org.mentorhub.sandbox.web.DecoratorFilter;
import org.mentorhub.sandbox.web.IssuePage;
import org.mentorhub.sandbox.web.RestAccessFilter;
import org.mentorhub.sandbox.web.SandboxPages;
import org.mentorhub.sandbox.web.WebResources;

/**
 * A small Jira-like host for MentorHub's own code: it reads {@code atlassian-plugin.xml} and the Spring Scanner
 * index, wires the plugin's components with sandbox implementations of the host services, runs Active Objects on
 * the given database, and serves the plugin's REST modules, servlets and web resources under Jira's URLs.
 */
public final class SandboxHost implements AutoCloseable {
    private final Server server;
    private final HostDatabase database;
    private final SandboxUsers users;
    private final ComponentContainer container;
    private final HostActiveObjects activeObjects;

    private SandboxHost(Server server, HostDatabase database, SandboxUsers users, ComponentContainer container,
                        HostActiveObjects activeObjects) {
        this.server = server;
        this.database = database;
        this.users = users;
        this.container = container;
        this.activeObjects = activeObjects;
    }

    /**
     * Starts the plugin on {@code database} and serves it on 127.0.0.1:{@code port} (0 picks a free port).
     *
     * @param assets where the npm packages are installed ({@code node_modules})
     */
    public static SandboxHost start(int port, HostDatabase database, SandboxUsers users, Path assets)
        throws Exception {
        ClassLoader classLoader = SandboxHost.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(classLoader);
        PluginDescriptor.ActiveObjectsModule aoModule = singleActiveObjectsModule(descriptor);
        HostActiveObjects activeObjects = new HostActiveObjects(database, aoModule.namespace());

        HostI18nResolver i18n = new HostI18nResolver(classLoader, descriptor.i18nLocations());
        HostTemplateRenderer renderer = new HostTemplateRenderer(classLoader, i18n, descriptor.velocityAllowlist());
        HostPageBuilderService pageBuilder = new HostPageBuilderService();
        UserManager userManager = new HostUserManager(users);
        LoginUriProvider loginUriProvider = returnUri -> URI.create(SandboxPages.LOGIN_PATH + "?returnUrl="
            + URLEncoder.encode(returnUri.getRawPath()
                + (returnUri.getRawQuery() == null ? "" : "?" + returnUri.getRawQuery()), StandardCharsets.UTF_8));
        Map<Class<?>, Object> hostServices = new LinkedHashMap<>();
        hostServices.put(ActiveObjects.class, activeObjects);
        hostServices.put(TransactionTemplate.class, (TransactionTemplate) activeObjects::executeInTransaction);
        hostServices.put(ClusterLockService.class, new DatabaseClusterLockService(database));
        hostServices.put(UserManager.class, userManager);
        hostServices.put(I18nResolver.class, i18n);
        hostServices.put(TemplateRenderer.class, renderer);
        hostServices.put(PageBuilderService.class, pageBuilder);
        hostServices.put(LoginUriProvider.class, loginUriProvider);
        hostServices.put(ApplicationProperties.class, applicationProperties());
        HostXsrfTokens xsrfTokens = new HostXsrfTokens();
        hostServices.put(XsrfTokenAccessor.class, xsrfTokens);
        hostServices.put(XsrfTokenValidator.class, xsrfTokens);
        ComponentContainer container = new ComponentContainer(classLoader, hostServices);
        startActiveObjects(aoModule, activeObjects, database, container);
        container.start();

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new CurrentUserFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        WebResources webResources = new WebResources(descriptor, classLoader, i18n::getRawText);
        HostTemplateRenderer sandboxRenderer = new HostTemplateRenderer(classLoader,
            new HostI18nResolver(classLoader, List.of("sandbox.sandbox")), java.util.Set.of());
        DecoratorFilter decorator = new DecoratorFilter(pageBuilder, webResources, sandboxRenderer, users);
        context.addFilter(new FilterHolder(decorator), "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(decorator), "/sandbox/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(decorator), IssuePage.PATH + "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(decorator), "", EnumSet.of(DispatcherType.REQUEST));

        for (PluginDescriptor.Rest rest : descriptor.rests()) {
            context.addServlet(new ServletHolder(rest.key(), new ServletContainer(
                restApplication(rest, container, classLoader, users))), rest.urlPrefix() + "/*");
        }
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            HttpServlet instance = (HttpServlet) container.create(container.load(servlet.className()));
            for (String pattern : servlet.urlPatterns()) {
                context.addServlet(new ServletHolder(servlet.key(), instance), "/plugins/servlet" + pattern);
            }
        }
        context.addServlet(new ServletHolder(webResources), WebResources.PATH + "/*");
        serveDirectory(context, "/sandbox/static/aui/*", assets.resolve("@atlassian/aui/dist/aui"));
        serveDirectory(context, "/sandbox/static/jquery/*", assets.resolve("jquery/dist"));
        SandboxPages pages = new SandboxPages(sandboxRenderer, users, database.type().name());
        context.addServlet(new ServletHolder(pages), SandboxPages.LOGIN_PATH);
        context.addServlet(new ServletHolder(new DashboardPage(sandboxRenderer, pageBuilder, descriptor, i18n, users)),
            DashboardPage.PATH);
        context.addServlet(new ServletHolder(new IssuePage(sandboxRenderer, renderer, i18n, users, descriptor, container)),
            IssuePage.PATH + "/*");
        serveDirectory(context, "/sandbox/static/host/*", classpathDirectory(classLoader, "sandbox/static"));
        context.addServlet(new ServletHolder(pages), "");

        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        server.setHandler(context);
        server.setStopAtShutdown(false);
        server.start();
        return new SandboxHost(server, database, users, container, activeObjects);
    }

    /**
     * SAL's application properties as far as the plugin asks: the base URL of links it renders outside a page request,
     * relative to the sandbox's root context. Any other question is beyond the sandbox.
     */
    private static ApplicationProperties applicationProperties() {
        return (ApplicationProperties) Proxy.newProxyInstance(ApplicationProperties.class.getClassLoader(),
            new Class<?>[] {ApplicationProperties.class}, (proxy, method, args) -> {
                if (method.getName().equals("getBaseUrl") && args != null && args[0] == UrlMode.RELATIVE) {
                    return "";
                }
                throw new UnsupportedOperationException("The sandbox answers only getBaseUrl(RELATIVE), not " + method.getName());
            });
    }

    private static PluginDescriptor.ActiveObjectsModule singleActiveObjectsModule(PluginDescriptor descriptor) {
        if (descriptor.activeObjects().size() != 1) {
            throw new IllegalStateException("Expected one <ao> module in atlassian-plugin.xml");
        }
        return descriptor.activeObjects().get(0);
    }

    private static void startActiveObjects(PluginDescriptor.ActiveObjectsModule module,
                                           HostActiveObjects activeObjects, HostDatabase database,
                                           ComponentContainer container) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String entity : module.entities()) {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>> type = (Class<? extends RawEntity<?>>) container.load(entity);
            entities.add(type);
        }
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String task : module.upgradeTasks()) {
            tasks.add((ActiveObjectsUpgradeTask) container.create(container.load(task)));
        }
        ActiveObjectsModuleHost.initialize(activeObjects, database, module.namespace(), entities, tasks);
    }

    private static ResourceConfig restApplication(PluginDescriptor.Rest rest, ComponentContainer container,
                                                  ClassLoader classLoader, SandboxUsers users) {
        ResourceConfig config = new ResourceConfig();
        Map<Class<?>, Object> components = new LinkedHashMap<>();
        container.components().forEach(c -> components.put(c.getClass(), c));
        for (String restPackage : rest.packages()) {
            for (Class<?> type : ClassScanner.classesIn(classLoader, restPackage)) {
                if (type.isAnnotationPresent(javax.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class)) {
                    config.register(components.containsKey(type) ? components.get(type) : container.create(type));
                }
            }
        }
        config.register(new RestAccessFilter(users));
        return config;
    }

    private static void serveDirectory(ServletContextHandler context, String pathSpec, Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(directory + " is missing; run ./mvnw test-compile (it runs npm ci)");
        }
        ServletHolder holder = new ServletHolder(pathSpec, DefaultServlet.class);
        // The real path: Jetty refuses to serve files reached through a symbolic link (node_modules may be one).
        holder.setInitParameter("resourceBase", realPath(directory).toString());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        context.addServlet(holder, pathSpec);
    }

    private static Path classpathDirectory(ClassLoader classLoader, String name) {
        try {
            return Path.of(Objects.requireNonNull(classLoader.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + directory, e);
        }
    }

    public URI baseUrl() {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://localhost:" + port + "/");
    }

    public SandboxUsers users() {
        return users;
    }

    public ComponentContainer container() {
        return container;
    }

    public HostActiveObjects activeObjects() {
        return activeObjects;
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            database.close();
        }
    }
}
