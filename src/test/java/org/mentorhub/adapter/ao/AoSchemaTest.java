package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.Entity;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.db.SQLServerDatabaseProvider;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SchemaGenerator;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;
import net.java.ao.schema.ddl.DDLField;
import net.java.ao.schema.ddl.DDLIndex;
import net.java.ao.schema.ddl.DDLTable;
import org.junit.jupiter.api.Test;
import org.mentorhub.sandbox.ao.HostActiveObjects;
import org.mentorhub.sandbox.host.PluginDescriptor;
import org.mentorhub.testing.TestDatabases;

/**
 * The data model fits every database Jira and Confluence Data Center support. Names are computed as Active Objects
 * creates them on Oracle, with the host's Atlassian converters and the plugin's real namespace (so the real
 * {@code AO_5B8B25_} prefix), without touching any table.
 */
class AoSchemaTest {
    private static final int ORACLE_MAX_NAME_LENGTH = 30;
    /** Reserved in common SQL dialects even where a provider's list misses them. */
    private static final Set<String> ALSO_RESERVED = Set.of("USER", "ORDER", "GROUP", "KEY", "VALUE", "COMMENT", "LEVEL", "SESSION");
    /** Keys of other systems kept for display and linking, never looked up. */
    private static final Set<String> NOT_LOOKED_UP = Set.of(AoProgram.JIRA_PROJECT_KEY, AoProgram.CONFLUENCE_SPACE_KEY);

    private final DataSource dataSource = TestDatabases.h2().dataSource();
    private final NameConverters names = new HostActiveObjects(TestDatabases.h2(), "org.mentorhub.mentorhub").nameConverters();
    private final DatabaseProvider oracle = new OracleDatabaseProvider(disposable());

    @Test
    void theDescriptorRegistersExactlyTheSchemasEntities() {
        PluginDescriptor.ActiveObjectsModule module = PluginDescriptor.load(getClass().getClassLoader()).activeObjects().get(0);

        assertThat(module.namespace()).isEqualTo("org.mentorhub.mentorhub");
        assertThat(module.entities()).containsExactlyElementsOf(AoSchema.ENTITIES.stream().map(Class::getName).toList());
    }

    @Test
    void everyTableColumnIndexConstraintSequenceAndTriggerNameFitsOracle() {
        List<String> identifiers = identifiers();

        assertThat(identifiers).hasSizeGreaterThan(AoSchema.ENTITIES.size() * 5);
        assertThat(identifiers).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(ORACLE_MAX_NAME_LENGTH));
        assertThat(identifiers).contains("AO_5B8B25_PAIRING_MENTEE", "PROGRAM_UUID");
    }

    @Test
    void noTableOrColumnIsAReservedWordOfAnySupportedDatabase() throws ReflectiveOperationException {
        Set<String> reserved = reservedWords();

        assertThat(reserved).contains("SELECT", "USER", "SESSION", "NUMBER", "ROWID");
        for (DDLTable table : tables()) {
            assertThat(table.getName().toUpperCase(Locale.ROOT)).isNotIn(reserved);
            assertThat(Arrays.stream(table.getFields()).map(field -> field.getName().toUpperCase(Locale.ROOT)))
                .as(table.getName()).doesNotContainAnyElementsOf(reserved);
        }
    }

    @Test
    void everyReferenceUserKeyAndIssueKeyColumnIsIndexed() {
        List<String> unindexed = new ArrayList<>();
        forEachGetter((table, getter) -> {
            String column = names.getFieldNameConverter().getName(getter);
            boolean lookup = column.endsWith("UUID") || column.endsWith("_KEY");
            if (lookup && !NOT_LOOKED_UP.contains(column)
                && !getter.isAnnotationPresent(Indexed.class) && !getter.isAnnotationPresent(Unique.class) && !leadsAnIndex(getter)) {
                unindexed.add(table + "." + column);
            }
        });

        assertThat(unindexed).isEmpty();
    }

    @Test
    void freeTextColumnsAreNeverIndexed() {
        List<String> indexedText = new ArrayList<>();
        forEachGetter((table, getter) -> {
            StringLength length = getter.getAnnotation(StringLength.class);
            if (length != null && length.value() == StringLength.UNLIMITED
                && (getter.isAnnotationPresent(Indexed.class) || getter.isAnnotationPresent(Unique.class))) {
                indexedText.add(table + "." + names.getFieldNameConverter().getName(getter));
            }
        });

        assertThat(indexedText).isEmpty();
    }

    private List<String> identifiers() {
        List<String> identifiers = new ArrayList<>();
        for (DDLTable table : tables()) {
            identifiers.add(table.getName());
            for (DDLField field : table.getFields()) {
                identifiers.add(field.getName());
                if (field.isUnique()) {
                    identifiers.add(names.getUniqueNameConverter().getName(table.getName(), field.getName()));
                }
                if (field.isAutoIncrement()) {
                    identifiers.add(names.getSequenceNameConverter().getName(table.getName(), field.getName()));
                    identifiers.add(names.getTriggerNameConverter().autoIncrementName(table.getName(), field.getName()));
                }
            }
            Arrays.stream(table.getIndexes()).map(DDLIndex::getIndexName).forEach(identifiers::add);
        }
        return identifiers;
    }

    private List<DDLTable> tables() {
        return AoSchema.ENTITIES.stream().map(type -> SchemaGenerator.parseInterface(oracle, names, type)).toList();
    }

    private interface GetterVisitor {
        void visit(String table, Method getter);
    }

    /** The first column of a composite index serves lookups by it alone as well. */
    private static boolean leadsAnIndex(Method getter) {
        Indexes indexes = getter.getDeclaringClass().getAnnotation(Indexes.class);
        return indexes != null && Arrays.stream(indexes.value()).anyMatch(index -> index.methodNames()[0].equals(getter.getName()));
    }

    private void forEachGetter(GetterVisitor visitor) {
        for (Class<? extends Entity> type : AoSchema.ENTITIES) {
            String table = names.getTableNameConverter().getName(type);
            Arrays.stream(type.getMethods())
                .filter(method -> method.getParameterCount() == 0 && method.getDeclaringClass() != Entity.class
                    && (method.getName().startsWith("get") || method.getName().startsWith("is")))
                // The entities' own columns, also those frozen in upgrade packages that the current entities extend.
                .filter(method -> method.getDeclaringClass().getPackageName().startsWith(AoSchema.class.getPackageName()))
                .forEach(getter -> visitor.visit(table, getter));
        }
    }

    /** Every reserved word Active Objects knows for the databases Jira and Confluence run on, and the usual suspects. */
    private Set<String> reservedWords() throws ReflectiveOperationException {
        Method reservedWords = DatabaseProvider.class.getDeclaredMethod("getReservedWords");
        reservedWords.setAccessible(true);
        Set<String> reserved = new TreeSet<>(ALSO_RESERVED);
        List<Function<DisposableDataSource, DatabaseProvider>> providers = List.of(H2DatabaseProvider::new,
            HSQLDatabaseProvider::new, MySQLDatabaseProvider::new, OracleDatabaseProvider::new, PostgreSQLDatabaseProvider::new,
            SQLServerDatabaseProvider::new);
        for (Function<DisposableDataSource, DatabaseProvider> provider : providers) {
            for (Object word : (Set<?>) reservedWords.invoke(provider.apply(disposable()))) {
                reserved.add(word.toString().toUpperCase(Locale.ROOT));
            }
        }
        return reserved;
    }

    /** The providers only need a data source to exist; nothing here connects. */
    private DisposableDataSource disposable() {
        return DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> { });
    }
}
