package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Enps;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.Milestone;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProgramStatus;
import org.mentorhub.domain.ProgressStatus;
import org.mentorhub.domain.TestData;
import org.mentorhub.domain.UserKey;
import org.mentorhub.domain.ValidationException;
import org.mentorhub.port.ProgressCount;
import org.mentorhub.service.ProgramDashboard;
import org.mentorhub.service.ReportPeriod;
import org.mentorhub.service.ReportService;
import org.mentorhub.testing.OpenApiContract;
import org.mentorhub.testing.RestResponse;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The dashboard resources as plain objects over a mocked core; the JSON they produce is checked against the OpenAPI document. */
@ExtendWith(MockitoExtension.class)
class DashboardResourceTest {
    private static final ObjectMapper JSON = JsonMapperProvider.create();
    private static final LocalDate FROM = LocalDate.of(2025, 2, 3);
    private static final LocalDate TO = LocalDate.of(2025, 3, 2);

    @Mock
    private CoreServices core;
    @Mock
    private ReportService reports;
    private final Program program = TestData.program(ProgramStatus.RUNNING);
    private final Id<Pairing> pairingId = Id.random();

    @BeforeEach
    void wireCore() {
        lenient().when(core.reports()).thenReturn(reports);
    }

    @Test
    void passesTheProgramAndPeriodOnAndAnswersWithTheWholeDashboard() throws Exception {
        when(reports.dashboard(program.id(), FROM, TO)).thenReturn(dashboard());

        JsonNode json = JSON.valueToTree(new DashboardResource(core).dashboard(program.id().toString(), "2025-02-03", " 2025-03-02 "));

        assertThat(json.at("/program/name").asText()).isEqualTo("Leadership 2025");
        assertThat(json.at("/program/status").asText()).isEqualTo("RUNNING");
        assertThat(json.at("/period/from").asText()).isEqualTo("2025-02-03");
        assertThat(json.at("/today").asText()).isEqualTo("2025-03-02");
        assertThat(json.at("/pairs/ACTIVE").asInt()).isEqualTo(4);
        assertThat(json.at("/pairs/DECLINED").asInt()).isZero();
        assertThat(json.at("/goals/total").asInt()).isEqualTo(40);
        assertThat(json.at("/goals/done").asInt()).isEqualTo(12);
        assertThat(json.at("/actionPlans/done").asInt()).isEqualTo(1);
        assertThat(json.at("/checkInsHeld").asInt()).isEqualTo(9);
        assertThat(json.at("/feedback/averageRating").asDouble()).isEqualTo(4.25);
        assertThat(json.at("/feedback/enps/score").asDouble()).isEqualTo(50.0);
        assertThat(json.at("/feedback/enps/promoters").asInt()).isEqualTo(2);
        assertThat(json.at("/feedback/confidenceChange").asDouble()).isEqualTo(1.5);
        assertThat(json.at("/participation/paired").asInt()).isEqualTo(8);
        assertThat(json.at("/atRisk/total").asInt()).isEqualTo(3);
        assertThat(json.at("/atRisk/pairs/0/pairingId").asText()).isEqualTo(pairingId.toString());
        assertThat(json.at("/atRisk/pairs/0/mentor/displayName").asText()).isEqualTo("Maria Mentor");
        assertThat(json.at("/atRisk/pairs/0/mentees/0/key").asText()).isEqualTo("JIRAUSER10005");
        assertThat(json.at("/atRisk/pairs/0/checkInCadence").asText()).isEqualTo("P14D");
        assertThat(json.at("/atRisk/pairs/0/firstOverdue/title").asText()).isEqualTo("Draft the slides");
        assertThat(json.at("/atRisk/pairs/0/firstOverdue/dueDate").asText()).isEqualTo("2025-02-20");
        assertThat(json.at("/completedGoalsByWeek/3/weekStart").asText()).isEqualTo("2025-02-24");
        assertThat(json.at("/completedGoalsByWeek/3/count").asInt()).isEqualTo(5);
        assertMatchesTheContract(json);
    }

    @Test
    void averagesWithoutAnswersAndAMissingOverdueMilestoneAreLeftOut() throws Exception {
        ProgramDashboard quiet = dashboard(new ProgramDashboard.FeedbackFigures(0, OptionalDouble.empty(), Enps.of(List.of()),
                OptionalDouble.empty()), null);
        when(reports.dashboard(program.id(), FROM, TO)).thenReturn(quiet);

        JsonNode json = JSON.valueToTree(new DashboardResource(core).dashboard(program.id().toString(), "2025-02-03", "2025-03-02"));

        assertThat(json.get("feedback").has("averageRating")).isFalse();
        assertThat(json.get("feedback").has("confidenceChange")).isFalse();
        assertThat(json.at("/feedback/enps").has("score")).isFalse();
        assertThat(json.at("/atRisk/pairs/0").has("firstOverdue")).isFalse();
        assertMatchesTheContract(json);
    }

    @Test
    void missingDaysGoToTheCoreWhichSaysTheyAreRequired() {
        ValidationException required = catchThrowableOfType(ValidationException.class, () -> FieldErrors.builder()
                .required("from", null).required("to", null).throwIfAny());
        when(reports.dashboard(program.id(), null, null)).thenThrow(required);

        assertThat(catchThrowableOfType(ValidationException.class,
                () -> new DashboardResource(core).dashboard(program.id().toString(), null, " "))).isSameAs(required);
    }

    @Test
    void daysThatAreNotDatesAreA400NamingEachParameter() {
        InvalidParameterException invalid = catchThrowableOfType(InvalidParameterException.class,
                () -> new DashboardResource(core).dashboard(program.id().toString(), "03/02/2025", "yesterday"));

        assertThat(invalid.messageKeys()).containsExactly(
                Map.entry("from", DashboardResource.NOT_A_DATE), Map.entry("to", DashboardResource.NOT_A_DATE));
        verifyNoInteractions(reports);
    }

    @Test
    void aMalformedProgramIdIsNotFound() {
        NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
                () -> new DashboardResource(core).dashboard("no-such-program", "2025-02-03", "2025-03-02"));

        assertThat(notFound.messageKey()).isEqualTo("mentorhub.id.malformed");
        verify(reports, never()).dashboard(any(), any(), any());
    }

    @Test
    void listsTheReportableProgramsOnePageAtATime() throws Exception {
        Program second = TestData.program(ProgramStatus.DRAFT);
        Program third = TestData.program(ProgramStatus.CLOSED);
        when(reports.reportablePrograms()).thenReturn(List.of(program, second, third));

        PageDto<ProgramRefDto> page = new DashboardProgramsResource(core).programs("1", "1");
        PageDto<ProgramRefDto> beyond = new DashboardProgramsResource(core).programs("5", null);

        assertThat(page).isEqualTo(new PageDto<>(1, 1, 3, List.of(ProgramRefDto.of(second))));
        assertThat(beyond.values()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        RestResponse response = new RestResponse(200, Map.of("Content-Type", List.of("application/json")), JSON.writeValueAsString(page));
        OpenApiContract.check("GET", URI.create("http://localhost/rest/mentorhub/1.0/dashboard/programs?startAt=1&maxResults=1"),
                Map.of("Accept", "application/json"), null, response);
    }

    private void assertMatchesTheContract(JsonNode json) throws Exception {
        RestResponse response = new RestResponse(200, Map.of("Content-Type", List.of("application/json")), JSON.writeValueAsString(json));
        OpenApiContract.check("GET", URI.create("http://localhost/rest/mentorhub/1.0/programs/" + program.id() + "/dashboard?from=2025-02-03&to=2025-03-02"),
                Map.of("Accept", "application/json"), null, response);
    }

    private ProgramDashboard dashboard() {
        return dashboard(new ProgramDashboard.FeedbackFigures(4, OptionalDouble.of(4.25), new Enps(2, 2, 0), OptionalDouble.of(1.5)),
                new Milestone(Id.random(), Id.random(), pairingId, "Draft the slides", LocalDate.of(2025, 2, 20), ProgressStatus.OPEN, null, null));
    }

    private ProgramDashboard dashboard(ProgramDashboard.FeedbackFigures feedback, Milestone firstOverdue) {
        ProgramDashboard.AtRiskPair atRisk = new ProgramDashboard.AtRiskPair(pairingId,
                new ProgramDashboard.Person(new UserKey("JIRAUSER10003"), "Maria Mentor"),
                List.of(new ProgramDashboard.Person(new UserKey("JIRAUSER10005"), "Mina Mentee")), Period.ofDays(14), true,
                firstOverdue == null ? 0 : 1, firstOverdue);
        return new ProgramDashboard(program, new ReportPeriod(FROM, TO), TO,
                Map.of(PairingStatus.ACTIVE, 4, PairingStatus.COMPLETED, 1), new ProgressCount(40, 12), new ProgressCount(90, 30),
                new ProgressCount(4, 1), 9, feedback, new ProgramDashboard.Participation(12, 11, 4, 7, 8), 3, List.of(atRisk),
                List.of(new ProgramDashboard.WeekCount(FROM, 0), new ProgramDashboard.WeekCount(FROM.plusDays(7), 2),
                        new ProgramDashboard.WeekCount(FROM.plusDays(14), 1), new ProgramDashboard.WeekCount(FROM.plusDays(21), 5)));
    }
}
