package org.mentorhub.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * MentorHub's OpenAPI document ({@code src/main/resources/openapi/mentorhub.yaml}, shipped in the jar) and the
 * check of real HTTP exchanges against it with Atlassian's swagger-request-validator.
 */
public final class OpenApiContract {
    public static final String RESOURCE = "openapi/mentorhub.yaml";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
        .createForInlineApiSpecification(document())
        .build();

    private OpenApiContract() {
    }

    /** The document's YAML text, read from the classpath. */
    public static String document() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails when the request, or the response to it, breaks the document: an undocumented path, method,
     * parameter or status, or a body that does not match its schema.
     */
    public static void check(String method, URI uri, Map<String, String> requestHeaders, String requestBody,
                             RestResponse response) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(decode(nameValue[0]), nameValue.length == 2 ? decode(nameValue[1]) : "");
            }
        }
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null) {
            request.withBody(requestBody);
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status()).withBody(response.body());
        response.headers().forEach(answer::withHeader);
        ValidationReport report = VALIDATOR.validate(request.build(), answer.build());
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + uri + " -> " + response.status() + " breaks " + RESOURCE + ":\n"
                + SimpleValidationReportFormat.getInstance().apply(report) + "\nResponse body: " + response.body());
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
