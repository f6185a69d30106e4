package org.mentorhub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client of MentorHub's REST API over real HTTP ({@code java.net.http}). Unless told otherwise it checks every
 * request and response against the OpenAPI document ({@link OpenApiContract}), so a test of a new endpoint
 * validates its contract by simply calling it: {@code rest.as("admin").get("/programs")}.
 * Paths are relative to {@code /rest/mentorhub/1.0} and may carry a query string. Immutable.
 */
public final class RestClient {
    public static final String JSON = "application/json";
    private static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private final URI hostBase;
    private final String username;
    private final boolean checkContract;

    private RestClient(URI hostBase, String username, boolean checkContract) {
        this.hostBase = hostBase;
        this.username = username;
        this.checkContract = checkContract;
    }

    /** Anonymous, contract-checking client for the REST module served by the host at {@code hostBase}. */
    public static RestClient forApi(URI hostBase) {
        return new RestClient(hostBase, null, true);
    }

    /** The same client acting as {@code username} (HTTP basic auth; the sandbox accepts any password). */
    public RestClient as(String username) {
        return new RestClient(hostBase, username, checkContract);
    }

    /** The same client without the OpenAPI check, for requests that are outside the contract on purpose. */
    public RestClient withoutContractCheck() {
        return new RestClient(hostBase, username, false);
    }

    public RestResponse get(String path) {
        return send("GET", path, null, Map.of());
    }

    public RestResponse post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", JSON));
    }

    public RestResponse put(String path, String json) {
        return send("PUT", path, json, Map.of("Content-Type", JSON));
    }

    public RestResponse delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Any request; {@code body} may be null. */
    public RestResponse send(String method, String path, String body, Map<String, String> headers) {
        Map<String, String> requestHeaders = new LinkedHashMap<>(headers);
        requestHeaders.putIfAbsent("Accept", JSON);
        if (username != null) {
            requestHeaders.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":password").getBytes(StandardCharsets.UTF_8)));
        }
        URI uri = hostBase.resolve(Sandbox.REST_BASE + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        requestHeaders.forEach(request::header);
        RestResponse response;
        try {
            HttpResponse<String> raw = HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response = new RestResponse(raw.statusCode(), raw.headers().map(), raw.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + uri + " was interrupted", e);
        }
        if (checkContract) {
            OpenApiContract.check(method, uri, requestHeaders, body, response);
        }
        return response;
    }
}
