// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/net/Request (recent SAL, public sources; nested enum
// MethodType GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH). Left out: setFiles(List<RequestFilePart>).
package com.atlassian.sal.api.net;

import java.util.List;
import java.util.Map;

public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setUrl(String url);

    T setRequestBody(String requestBody);

    T setRequestBody(String requestBody, String contentType);

    T setEntity(Object entity);

    /** name, value, name, value ... */
    T addRequestParameters(String... params);

    T addBasicAuthentication(String hostname, String username, String password);

    T addHeader(String headerName, String headerValue);

    T setHeader(String headerName, String headerValue);

    T setFollowRedirects(boolean follow);

    Map<String, List<String>> getHeaders();

    void execute(ResponseHandler<? super RESP> responseHandler) throws ResponseException;

    String execute() throws ResponseException;

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    enum MethodType {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        TRACE,
        OPTIONS,
        PATCH
    }
}
