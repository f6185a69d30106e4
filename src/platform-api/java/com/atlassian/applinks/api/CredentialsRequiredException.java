// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html
// (extends Exception - CHECKED - implements AuthorisationURIGenerator; constructor (AuthorisationURIGenerator, String)).
// Delegating implementation as documented ("Provides a URI that can be used to configure authentication").
package com.atlassian.applinks.api;

import java.net.URI;

public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private final transient AuthorisationURIGenerator authorisationURIGenerator;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
        this.authorisationURIGenerator = authorisationURIGenerator;
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return authorisationURIGenerator.getAuthorisationURI(callback);
    }

    @Override
    public URI getAuthorisationURI() {
        return authorisationURIGenerator.getAuthorisationURI();
    }
}
