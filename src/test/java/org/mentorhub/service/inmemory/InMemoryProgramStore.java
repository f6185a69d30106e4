package org.mentorhub.service.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;
import org.mentorhub.port.ProgramStore;

final class InMemoryProgramStore implements ProgramStore {
    private final InMemoryTable<Id<Program>, Program> programs;

    InMemoryProgramStore(InMemoryTransactions transactions) {
        programs = new InMemoryTable<>(transactions);
    }

    @Override
    public void insert(Program program) {
        programs.insert(program.id(), program, () -> new IllegalStateException("duplicate program id"));
    }

    @Override
    public void update(Program program) {
        programs.update(program.id(), program, () -> new NotFoundException("mentorhub.program.notFound", program.id()));
    }

    @Override
    public void delete(Id<Program> id) {
        programs.delete(id);
    }

    @Override
    public Optional<Program> find(Id<Program> id) {
        return programs.find(id);
    }

    @Override
    public List<Program> list() {
        return programs.rows().sorted(Comparator.comparing(p -> p.settings().name())).toList();
    }
}
