// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public atlassian-template-renderer-api source com/atlassian/templaterenderer/RenderingException.java
// (extends RuntimeException; constructors (String, Throwable), (String), (Throwable)); thrown-by list in
// https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
