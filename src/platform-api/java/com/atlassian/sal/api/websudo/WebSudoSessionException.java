// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/package-tree.html
// (extends RuntimeException, SAL 3.0.0) and the public sal-api source (@since 2.2, three constructors).
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
