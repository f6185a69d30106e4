// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against the public applinks-api source and a CFR-decompiled copy of
// com/atlassian/applinks/api/ApplicationLinkResponseHandler (@since 3.0): extends ReturningResponseHandler<Response, R>,
// R credentialsRequired(Response) throws ResponseException.
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    R credentialsRequired(Response response) throws ResponseException;
}
