package org.mentorhub.testing;

import java.lang.reflect.Constructor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import javax.ws.rs.ext.Provider;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.mentorhub.adapter.rest.RestErrors;
import org.mentorhub.sandbox.host.ClassScanner;

/**
 * Jersey on Jetty, with every {@code @Provider} of the plugin's REST package (exception mappers, JSON settings)
 * and test-only resources, under the plugin's REST base path. For contract cases the plugin's own endpoints
 * cannot provoke yet (bodies to read, failures to map); the same Jersey and JSON provider as the sandbox.
 */
public final class ProviderTestServer implements AutoCloseable {
    private final Server server;

    private ProviderTestServer(Server server) {
        this.server = server;
    }

    public static ProviderTestServer start(Class<?>... resources) throws Exception {
        Sandbox.quietenJersey();
        RestErrors errors = new RestErrors(PluginI18n.resolver());
        ResourceConfig config = new ResourceConfig(resources);
        ClassScanner.classesIn(ProviderTestServer.class.getClassLoader(), RestResources.PLUGIN_REST_PACKAGE).stream()
            .filter(type -> type.isAnnotationPresent(Provider.class))
            .forEach(type -> config.register(create(type, errors)));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.addServlet(new ServletHolder(new ServletContainer(config)), Sandbox.REST_BASE + "/*");
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(context);
        server.start();
        return new ProviderTestServer(server);
    }

    /** The plugin's providers need at most the {@link RestErrors} helper. */
    private static Object create(Class<?> type, RestErrors errors) {
        Constructor<?> constructor = type.getConstructors()[0];
        List<Class<?>> parameters = Arrays.asList(constructor.getParameterTypes());
        if (!parameters.stream().allMatch(parameter -> parameter == RestErrors.class)) {
            throw new IllegalStateException(type + " needs " + parameters + "; teach ProviderTestServer to supply it");
        }
        try {
            return constructor.newInstance(parameters.stream().map(parameter -> errors).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type, e);
        }
    }

    /** A client of this server; its paths are relative to the REST base, as for the sandbox. */
    public RestClient rest() {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return RestClient.forApi(URI.create("http://127.0.0.1:" + port + "/")).withoutContractCheck();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
