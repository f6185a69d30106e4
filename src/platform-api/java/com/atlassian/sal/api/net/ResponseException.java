// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public sal-api source com/atlassian/sal/api/net/ResponseException.java (@since 2.0;
// "public class ResponseException extends Exception" - CHECKED; constructors (), (String), (String, Throwable), (Throwable)).
package com.atlassian.sal.api.net;

public class ResponseException extends Exception {
    public ResponseException() {
        super();
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
