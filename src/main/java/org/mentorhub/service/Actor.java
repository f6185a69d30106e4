package org.mentorhub.service;

import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.UserKey;

/** The signed-in user a use case runs for, and the role questions every use case asks about them. */
public record Actor(UserKey user, boolean admin) {

    /** Administrators manage every program. */
    public boolean managesProgram(Program program) {
        return admin || program.isManagedBy(user);
    }

    public boolean isPairMember(Pairing pairing) {
        return pairing.hasMember(user);
    }

    public void requireAdmin() {
        require(admin);
    }

    public void requireProgramManager(Program program) {
        require(managesProgram(program));
    }

    public void requirePairMember(Pairing pairing) {
        require(isPairMember(pairing));
    }

    public void requirePairMemberOrProgramManager(Pairing pairing, Program program) {
        require(isPairMember(pairing) || managesProgram(program));
    }

    /** Fails with {@link ForbiddenException} unless {@code allowed}. */
    public void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("mentorhub.auth.forbidden");
        }
    }
}
