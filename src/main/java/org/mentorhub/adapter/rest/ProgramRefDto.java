package org.mentorhub.adapter.rest;

import org.mentorhub.domain.Program;

/** A program by id, name and status, where a reference is enough: {@code {"id":"…","name":"…","status":"RUNNING"}}. */
public record ProgramRefDto(String id, String name, String status) {

    public static ProgramRefDto of(Program program) {
        return new ProgramRefDto(program.id().toString(), program.settings().name(), program.status().name());
    }
}
