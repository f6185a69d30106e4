package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.mentorhub.testing.OpenApiContract;
import org.mentorhub.testing.RestResources;

/** The OpenAPI document is valid and lists exactly the endpoints the REST package implements. */
class OpenApiDocumentTest {
    private static final SwaggerParseResult PARSED = new OpenAPIV3Parser().readContents(OpenApiContract.document());

    @Test
    void documentIsValidOpenApi3() {
        assertThat(PARSED.getMessages()).isEmpty();
        assertThat(PARSED.getOpenAPI().getServers()).singleElement()
            .satisfies(server -> assertThat(server.getUrl()).isEqualTo("/rest/mentorhub/1.0"));
    }

    @Test
    void documentsEveryImplementedEndpoint() {
        assertThat(undocumented(RestResources.resourceClasses(RestResources.PLUGIN_REST_PACKAGE), PARSED.getOpenAPI()))
            .isEmpty();
    }

    @Test
    void documentsNoEndpointThatIsNotImplemented() {
        Set<String> implemented = operations(RestResources.resourceClasses(RestResources.PLUGIN_REST_PACKAGE));
        assertThat(documented(PARSED.getOpenAPI())).isSubsetOf(implemented);
    }

    @Test
    void sharedSchemasForErrorsAndPagesAreDefined() {
        assertThat(PARSED.getOpenAPI().getComponents().getSchemas()).containsKeys("ErrorCollection", "Page");
        assertThat(PARSED.getOpenAPI().getComponents().getParameters()).containsKeys("startAt", "maxResults");
    }

    @Test
    void reportsAnEndpointMissingFromTheDocument() {
        assertThat(undocumented(List.of(Documented.class, HalfDocumented.class), PARSED.getOpenAPI()))
            .containsExactly("POST /health");
    }

    static Set<String> undocumented(List<Class<?>> resources, OpenAPI document) {
        Set<String> missing = new TreeSet<>(operations(resources));
        missing.removeAll(documented(document));
        return missing;
    }

    private static Set<String> operations(List<Class<?>> resources) {
        return resources.stream()
            .flatMap(resource -> RestResources.endpoints(resource).stream())
            .map(endpoint -> endpoint.httpMethod() + " " + endpoint.path())
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> documented(OpenAPI document) {
        Set<String> operations = new TreeSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
            .forEach((PathItem.HttpMethod method) -> operations.add(method.name() + " " + path)));
        return operations;
    }

    @Path("health")
    @LicensedOnly
    public static class Documented {
        @GET
        public String health() {
            return "";
        }
    }

    @Path("/")
    @LicensedOnly
    public static class HalfDocumented {
        @POST
        @Path("health/")
        public void restart() {
        }
    }
}
