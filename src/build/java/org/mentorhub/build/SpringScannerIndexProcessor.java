package org.mentorhub.build;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes the Atlassian Spring Scanner 2 index files ({@code META-INF/plugin-components/component},
 * {@code imports}, {@code exports}) that {@code <atlassian-scanner:scan-indexes/>} reads at plugin start.
 *
 * <p>Atlassian's own scanner Maven plugin writes them from bytecode, but it is not on Maven Central, so the
 * default build derives the same lines from the annotations at compile time. Annotation types are matched by
 * name so that this processor needs nothing but the JDK on its path.
 */
// "*" so that javac calls the processor even when no component exists and the (empty) index is still written.
@SupportedAnnotationTypes("*")
public final class SpringScannerIndexProcessor extends AbstractProcessor {
    static final String NAMED = "javax.inject.Named";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    private static final String INDEX_DIR = "META-INF/plugin-components/";

    private final Set<String> components = new TreeSet<>();
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> exports = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                switch (name) {
                    case NAMED -> recordComponent(element);
                    case COMPONENT_IMPORT -> recordImport(element);
                    case EXPORT_AS_SERVICE -> recordExport(element);
                    default -> { }
                }
            }
        }
        if (round.processingOver()) {
            writeIndex("component", components);
            writeIndex("imports", imports);
            writeIndex("exports", exports);
        }
        return false;
    }

    private void recordComponent(Element element) {
        // @Named also qualifies injection points; only annotated classes are components.
        if (element.getKind() != ElementKind.CLASS) {
            return;
        }
        String beanName = stringValue(element, NAMED, "value");
        components.add(binaryName(element) + (beanName.isEmpty() ? "" : "#" + beanName));
    }

    private void recordImport(Element element) {
        // The annotation also marks product-specific import annotations; only injection points import services.
        if (element.getKind() != ElementKind.PARAMETER && element.getKind() != ElementKind.FIELD) {
            return;
        }
        TypeMirror type = element.asType();
        String serviceType = processingEnv.getTypeUtils().erasure(type).toString();
        String beanName = stringValue(element, COMPONENT_IMPORT, "value");
        imports.add(serviceType + (beanName.isEmpty() ? "" : "#" + beanName));
    }

    private void recordExport(Element element) {
        TypeElement type = (TypeElement) element;
        List<String> interfaces = classListValue(element, EXPORT_AS_SERVICE, "value");
        if (interfaces.isEmpty()) {
            interfaces = type.getInterfaces().stream()
                .map(i -> processingEnv.getTypeUtils().erasure(i).toString())
                .toList();
        }
        if (interfaces.isEmpty()) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                "@ExportAsService needs an interface to export", element);
            return;
        }
        exports.add(binaryName(element) + "#" + String.join(",", interfaces));
    }

    private String binaryName(Element element) {
        return processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString();
    }

    private static String stringValue(Element element, String annotation, String attribute) {
        Object value = attributeValue(element, annotation, attribute);
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> classListValue(Element element, String annotation, String attribute) {
        Object value = attributeValue(element, annotation, attribute);
        if (value == null) {
            return List.of();
        }
        return ((List<? extends AnnotationValue>) value).stream()
            .map(v -> v.getValue().toString())
            .collect(Collectors.toList());
    }

    private static Object attributeValue(Element element, String annotation, String attribute) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (!mirror.getAnnotationType().toString().equals(annotation)) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                    : mirror.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                    return entry.getValue().getValue();
                }
            }
        }
        return null;
    }

    private void writeIndex(String file, Set<String> lines) {
        try (Writer writer = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_DIR + file)
                .openWriter()) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                "Cannot write Spring Scanner index " + file + ": " + e.getMessage());
        }
    }
}
