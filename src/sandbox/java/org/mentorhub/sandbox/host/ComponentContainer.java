package org.mentorhub.sandbox.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/**
 * Wires the plugin the way Spring Scanner does inside Jira: components come from the build-time index
 * {@code META-INF/plugin-components/component}, host services are offered for every type listed in
 * {@code imports}, and constructors are autowired by type. A service the index imports but the host does not
 * provide fails the start, so a stale or incomplete index shows up here rather than in Jira.
 */
public final class ComponentContainer {
    static final String INDEX = "META-INF/plugin-components/";

    private final ClassLoader classLoader;
    private final Map<Class<?>, Object> hostServices;
    private final Map<Class<?>, Object> presets;
    private final List<Class<?>> componentClasses = new ArrayList<>();
    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final Set<Class<?>> creating = new LinkedHashSet<>();

    public ComponentContainer(ClassLoader classLoader, Map<Class<?>, Object> hostServices) {
        this(classLoader, hostServices, Map.of());
    }

    /**
     * @param presets instances to use instead of creating these component classes, e.g. a test's composition root
     *                over other stores
     */
    public ComponentContainer(ClassLoader classLoader, Map<Class<?>, Object> hostServices, Map<Class<?>, Object> presets) {
        presets.forEach((type, instance) -> {
            if (!type.isInstance(instance)) {
                throw new IllegalArgumentException(instance + " is not a " + type.getName());
            }
        });
        this.classLoader = classLoader;
        this.hostServices = Map.copyOf(hostServices);
        this.presets = Map.copyOf(presets);
        List<String> missing = readIndex("imports").stream()
            .map(line -> line.split("#", 2)[0])
            .filter(type -> this.hostServices.keySet().stream().noneMatch(c -> c.getName().equals(type)))
            .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The plugin imports host services the sandbox does not provide: " + missing);
        }
        for (String line : readIndex("component")) {
            componentClasses.add(load(line.split("#", 2)[0]));
        }
    }

    /** Creates every indexed component, as Spring does at plugin start. */
    public void start() {
        componentClasses.forEach(this::component);
    }

    public List<Object> components() {
        return List.copyOf(instances.values());
    }

    /** A module class (servlet, REST resource, condition) autowired from components and host services. */
    public <T> T create(Class<T> type) {
        Constructor<?> constructor = injectableConstructor(type);
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(this::resolve).toArray();
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed", e.getCause());
        }
    }

    public Class<?> load(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Class named by the plugin does not exist: " + className, e);
        }
    }

    private Object resolve(Class<?> type) {
        Object service = hostServices.get(type);
        if (service != null) {
            return service;
        }
        List<Class<?>> candidates = componentClasses.stream().filter(type::isAssignableFrom).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("Expected exactly one component or host service of type " + type.getName()
                + " but found " + candidates);
        }
        return component(candidates.get(0));
    }

    private Object component(Class<?> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return existing;
        }
        if (presets.containsKey(type)) {
            instances.put(type, presets.get(type));
            return presets.get(type);
        }
        if (!creating.add(type)) {
            throw new IllegalStateException("Circular dependency: " + creating);
        }
        Object instance = create(type);
        creating.remove(type);
        instances.put(type, instance);
        return instance;
    }

    private static Constructor<?> injectableConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        List<Constructor<?>> annotated = Arrays.stream(constructors)
            .filter(c -> c.isAnnotationPresent(Inject.class))
            .toList();
        if (annotated.size() == 1) {
            return annotated.get(0);
        }
        if (annotated.isEmpty() && constructors.length == 1) {
            return constructors[0];
        }
        throw new IllegalStateException(type.getName() + " needs one public constructor, or one marked @Inject");
    }

    private List<String> readIndex(String file) {
        try (InputStream in = classLoader.getResourceAsStream(INDEX + file)) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + INDEX + file, e);
        }
    }
}
