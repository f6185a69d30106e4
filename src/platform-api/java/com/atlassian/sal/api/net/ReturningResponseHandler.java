// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public sal-api source com/atlassian/sal/api/net/ReturningResponseHandler.java (@since 2.2.0) and the
// decompiled applinks ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R>.
package com.atlassian.sal.api.net;

public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
