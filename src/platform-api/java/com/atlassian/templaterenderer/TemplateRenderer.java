// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
// (render x2 throw RenderingException, IOException; renderFragment; resolve) and
// https://docs.atlassian.com/atlassian-gadgets/2.1.22-m01-AG-1438/apidocs/com/atlassian/gadgets/dashboard/internal/DashboardTemplateRenderer.html
// (implementation: renderFragment declares no checked exception). Public plugin mocks of the same interface agree.
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    /** Renders a template string (not a file); RenderingException is unchecked. */
    String renderFragment(String fragment, Map<String, Object> context);

    /** Whether the given template exists. */
    boolean resolve(String templateName);
}
