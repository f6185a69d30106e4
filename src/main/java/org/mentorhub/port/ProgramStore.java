package org.mentorhub.port;

import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;

/** Programs with their settings (managers and criteria weights included). */
public interface ProgramStore {

    void insert(Program program);

    /** Replaces the stored program with the same id; {@link NotFoundException} if there is none. */
    void update(Program program);

    /** Removes the program; the core only deletes drafts that nothing refers to. */
    void delete(Id<Program> id);

    Optional<Program> find(Id<Program> id);

    /** Every program, ordered by name; programs are few, the core filters what a caller may see. */
    List<Program> list();

    default Program get(Id<Program> id) {
        return find(id).orElseThrow(() -> new NotFoundException("mentorhub.program.notFound", id));
    }
}
