package org.mentorhub.sandbox.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/** Finds the classes of a package (and its subpackages), as Atlassian REST scans a module's {@code <package>}. */
public final class ClassScanner {
    private ClassScanner() {
    }

    public static List<Class<?>> classesIn(ClassLoader classLoader, String packageName) {
        String folder = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(folder))) {
                if ("file".equals(url.getProtocol())) {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(p -> p.toString().endsWith(".class"))
                            .map(p -> packageName + "." + root.relativize(p).toString()
                                .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", ""))
                            .forEach(names::add);
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    Collections.list(connection.getJarFile().entries()).stream()
                        .map(JarEntry::getName)
                        .filter(n -> n.startsWith(folder + "/") && n.endsWith(".class"))
                        .map(n -> n.replace('/', '.').replaceAll("\\.class$", ""))
                        .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.stream().filter(n -> !n.contains("$")).sorted().toList()) {
            try {
                classes.add(Class.forName(name, false, classLoader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }
}
