// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Shape as in the decompiled applinks-api ApplicationLinkRequest quoted in the shared reference:
// extends Request<ApplicationLinkRequest, Response>; <R> R execute(ApplicationLinkResponseHandler<R>) throws ResponseException.
// UNCONFIRMED in this session against a javadoc page.
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
