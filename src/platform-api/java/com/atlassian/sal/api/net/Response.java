// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against a CFR-decompiled com/atlassian/sal/api/net/Response (recent SAL, public sources).
package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    InputStream getResponseBodyAsStream() throws ResponseException;

    <T> T getEntity(Class<T> entityClass) throws ResponseException;

    String getStatusText();

    boolean isSuccessful();

    String getHeader(String name);

    Map<String, String> getHeaders();
}
