package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.date;
import static org.mentorhub.adapter.ao.Columns.enumMap;
import static org.mentorhub.adapter.ao.Columns.enumValue;
import static org.mentorhub.adapter.ao.Columns.id;
import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.name;
import static org.mentorhub.adapter.ao.Columns.numbers;
import static org.mentorhub.adapter.ao.Columns.period;
import static org.mentorhub.adapter.ao.Columns.user;
import static org.mentorhub.adapter.ao.Columns.uuid;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.CriteriaWeights;
import org.mentorhub.domain.DateRange;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.MatchCriterion;
import org.mentorhub.domain.MatchingMode;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramSettings;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgramType;
import org.mentorhub.domain.UserKey;
import org.mentorhub.port.ProgramStore;

/** Programs in {@link AoProgram} rows, their managers in {@link AoProgramManager} rows. */
@Named
public class AoProgramStore implements ProgramStore {
    private static final String BY_PROGRAM = InProgram.PROGRAM_UUID + " = ?";

    private final ActiveObjects ao;

    @Inject
    public AoProgramStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void insert(Program program) {
        ao.executeInTransaction(() -> {
            ao.create(AoProgram.class, columns(program).values());
            insertManagers(program);
            return null;
        });
    }

    @Override
    public void update(Program program) {
        ao.executeInTransaction(() -> {
            AoProgram row = row(program.id()).orElseThrow(() -> new NotFoundException("mentorhub.program.notFound", program.id()));
            columns(program).writeTo(row);
            ao.deleteWithSQL(AoProgramManager.class, BY_PROGRAM, uuid(program.id()));
            insertManagers(program);
            return null;
        });
    }

    @Override
    public void delete(Id<Program> id) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoProgramManager.class, BY_PROGRAM, uuid(id));
            ao.deleteWithSQL(AoProgram.class, Identified.UUID + " = ?", uuid(id));
            return null;
        });
    }

    @Override
    public Optional<Program> find(Id<Program> id) {
        return row(id).map(row -> program(row, managers(ao.find(AoProgramManager.class, Query.select().where(BY_PROGRAM, uuid(id))))));
    }

    /** Two queries: every program, every manager. */
    @Override
    public List<Program> list() {
        Map<String, List<AoProgramManager>> managers = Arrays.stream(ao.find(AoProgramManager.class))
            .collect(Collectors.groupingBy(AoProgramManager::getProgramUuid));
        return Arrays.stream(ao.find(AoProgram.class))
            .map(row -> program(row, managers(managers.getOrDefault(row.getUuid(), List.of()).toArray(AoProgramManager[]::new))))
            // Sorted here rather than in SQL, so the order does not depend on the database's collation.
            .sorted(Comparator.comparing(program -> program.settings().name()))
            .toList();
    }

    private Optional<AoProgram> row(Id<Program> id) {
        return Arrays.stream(ao.find(AoProgram.class, Query.select().where(Identified.UUID + " = ?", uuid(id)))).findFirst();
    }

    private void insertManagers(Program program) {
        for (UserKey manager : program.settings().managers()) {
            ao.create(AoProgramManager.class, new Row()
                .set(InProgram.PROGRAM_UUID, uuid(program.id()))
                .set(AoProgramManager.USER_KEY, key(manager))
                .values());
        }
    }

    private static Set<UserKey> managers(AoProgramManager[] rows) {
        return Arrays.stream(rows).map(row -> user(row.getUserKey())).collect(Collectors.toSet());
    }

    private static Row columns(Program program) {
        ProgramSettings settings = program.settings();
        return new Row()
            .set(Identified.UUID, uuid(program.id()))
            .set(AoProgram.STATUS, name(program.status()))
            .set(AoProgram.NAME, settings.name())
            .set(AoProgram.DESCRIPTION, settings.description())
            .set(AoProgram.PROGRAM_TYPE, name(settings.type()))
            .set(AoProgram.MATCHING_MODE, name(settings.matchingMode()))
            .set(AoProgram.ENROLL_FROM, date(settings.enrollmentWindow().start()))
            .set(AoProgram.ENROLL_UNTIL, date(settings.enrollmentWindow().end()))
            .set(AoProgram.PAIRING_DURATION, period(settings.duration()))
            .set(AoProgram.CHECK_IN_CADENCE, period(settings.checkInCadence()))
            .set(AoProgram.MENTOR_CAPACITY, settings.defaultMentorCapacity())
            .set(AoProgram.CRITERIA_WEIGHTS, numbers(settings.criteriaWeights().weights()))
            .set(AoProgram.TRAINING_REQUIRED, settings.trainingRequired())
            .set(AoProgram.DIVERSITY_ALLOWED, settings.diversityPreferencesAllowed())
            .set(AoProgram.JIRA_PROJECT_KEY, settings.jiraProjectKey())
            .set(AoProgram.CONFLUENCE_SPACE_KEY, settings.confluenceSpaceKey());
    }

    private static Program program(AoProgram row, Set<UserKey> managers) {
        ProgramSettings settings = new ProgramSettings(
            row.getName(),
            row.getDescription(),
            enumValue(ProgramType.class, row.getProgramType()),
            enumValue(MatchingMode.class, row.getMatchingMode()),
            new DateRange(date(row.getEnrollFrom()), date(row.getEnrollUntil())),
            period(row.getPairingDuration()),
            period(row.getCheckInCadence()),
            row.getMentorCapacity(),
            new CriteriaWeights(enumMap(MatchCriterion.class, row.getCriteriaWeights())),
            row.isTrainingRequired(),
            row.isDiversityAllowed(),
            row.getJiraProjectKey(),
            row.getConfluenceSpaceKey(),
            managers);
        return new Program(id(row.getUuid()), enumValue(ProgramStatus.class, row.getStatus()), settings);
    }
}
