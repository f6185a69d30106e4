package org.mentorhub.adapter.rest;

/** JSON body of the health endpoint: {@code {"version":"…","database":{"status":"UP","type":"H2"}}}. */
public record HealthDto(String version, Database database) {

    public record Database(String status, String type) {
    }
}
