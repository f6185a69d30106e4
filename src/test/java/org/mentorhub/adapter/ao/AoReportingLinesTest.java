package org.mentorhub.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorhub.domain.UserKey;
import org.mentorhub.sandbox.ao.HostDatabase;

class AoReportingLinesTest {
    private final UserKey ada = new UserKey("ada");
    private final UserKey lee = new UserKey("lee");

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void aRecordedManagerIsTheUsersManagerUntilReplaced(HostDatabase database) {
        AoStores.empty(database);
        AoReportingLines lines = new AoReportingLines(AoStores.activeObjects(database));

        assertThat(lines.managerOf(ada)).isEmpty();
        lines.record(ada, lee);
        assertThat(lines.managerOf(ada)).contains(lee);
        assertThat(lines.managerOf(lee)).isEmpty();

        lines.record(ada, new UserKey("pat"));
        assertThat(lines.managerOf(ada)).contains(new UserKey("pat"));
    }

    @ParameterizedTest
    @MethodSource("org.mentorhub.testing.TestDatabases#both")
    void aManagersDirectReportsAreThoseRecordedUnderThemNow(HostDatabase database) {
        AoStores.empty(database);
        AoReportingLines lines = new AoReportingLines(AoStores.activeObjects(database));
        UserKey bo = new UserKey("bo");
        lines.record(bo, lee);
        lines.record(ada, lee);
        lines.record(lee, new UserKey("pat"));

        assertThat(lines.reportsOf(lee)).containsExactly(ada, bo);
        lines.record(bo, new UserKey("pat"));
        assertThat(lines.reportsOf(lee)).containsExactly(ada);
        assertThat(lines.reportsOf(ada)).isEmpty();
    }
}
