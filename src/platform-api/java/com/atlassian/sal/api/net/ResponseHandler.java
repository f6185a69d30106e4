// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// The SAL 2 source declares a raw "void handle(Response) throws ResponseException"; the recent decompiled Request uses
// ResponseHandler<? super RESP>, i.e. the interface is generic in current SAL. UNCONFIRMED: exact type-parameter bound
// (<T extends Response> assumed, mirroring ReturningResponseHandler). The erased descriptor handle(Response) is the same.
package com.atlassian.sal.api.net;

public interface ResponseHandler<T extends Response> {
    void handle(T response) throws ResponseException;
}
