package org.mentorhub.adapter.ao.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.java.ao.RawEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.adapter.ao.AoSchema;
import org.mentorhub.adapter.ao.AoStores;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.port.ProgramStore;
import org.mentorhub.sandbox.ao.ActiveObjectsModuleHost;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.ao.HostDatabase;
import org.mentorhub.sandbox.host.PluginDescriptor;

/**
 * The descriptor's {@code <ao>} module started as Jira starts it (upgrade tasks newer than the stored model version,
 * then the entity migration) on a database that has never seen MentorHub, and started again. Each test takes a
 * namespace of its own, which is a database of its own as far as Active Objects is concerned.
 */
class ModelUpgradesTest {
    private final PluginDescriptor.ActiveObjectsModule module =
        PluginDescriptor.load(getClass().getClassLoader()).activeObjects().get(0);
    private final String namespace = "org.mentorhub.upgrade-test." + UUID.randomUUID();
    private final List<String> stepsRun = new ArrayList<>();

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void aFreshInstallRunsEveryStepAndEndsWithEveryTableAtTheNewestVersion(HostDatabase database) throws SQLException {
        HostActiveObjects ao = start(database);

        assertThat(stepsRun).containsExactly("V1InitialModel", "V2MatchingDecisions", "V3PairingProgress", "V4PairingStanding");
        assertThat(ActiveObjectsModuleHost.storedVersion(database, namespace).isSame(newestVersion())).isTrue();
        assertThat(tablesOf(ao, database)).containsExactlyInAnyOrderElementsOf(AoSchema.ENTITIES.stream()
            .map(entity -> ao.nameConverters().getTableNameConverter().getName(entity).toUpperCase(Locale.ROOT)).toList());
        ProgramStore programs = AoStores.over(ao).programs();
        Program program = TestData.program(ProgramStatus.DRAFT);
        programs.insert(program);
        assertThat(programs.find(program.id())).contains(program);
    }

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void everyStepRunAgainAndAnotherStartLeaveTheDataAsItWas(HostDatabase database) {
        HostActiveObjects ao = start(database);
        Program program = TestData.program(ProgramStatus.RUNNING);
        AoStores.over(ao).programs().insert(program);
        stepsRun.clear();

        for (ActiveObjectsUpgradeTask step : steps()) {
            ao.executeInTransaction(() -> {
                step.upgrade(step.getModelVersion(), ao);
                return null;
            });
        }
        HostActiveObjects restarted = start(database);

        assertThat(stepsRun).as("steps run by the second start").isEmpty();
        assertThat(AoStores.over(restarted).programs().list()).containsExactly(program);
    }

    /** The tables with the namespace's prefix, in one metadata query. */
    private static List<String> tablesOf(HostActiveObjects ao, HostDatabase database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith(ao.tablePrefix())) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Starts the module as the sandbox host does, recording which steps ran. */
    private HostActiveObjects start(HostDatabase database) {
        HostActiveObjects ao = new HostActiveObjects(database, namespace);
        List<ActiveObjectsUpgradeTask> recorded = steps().stream().map(this::recording).toList();
        ActiveObjectsModuleHost.initialize(ao, database, namespace, entities(), recorded);
        return ao;
    }

    private List<ActiveObjectsUpgradeTask> steps() {
        return module.upgradeTasks().stream().map(name -> (ActiveObjectsUpgradeTask) instance(name)).toList();
    }

    private ModelVersion newestVersion() {
        return steps().stream().map(ActiveObjectsUpgradeTask::getModelVersion).max(Comparator.naturalOrder()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Class<? extends RawEntity<?>>> entities() {
        return module.entities().stream().<Class<? extends RawEntity<?>>>map(name -> (Class<? extends RawEntity<?>>) type(name)).toList();
    }

    private ActiveObjectsUpgradeTask recording(ActiveObjectsUpgradeTask step) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return step.getModelVersion();
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                stepsRun.add(step.getClass().getSimpleName());
                step.upgrade(currentVersion, ao);
            }
        };
    }

    private static Object instance(String className) {
        try {
            return type(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> type(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
