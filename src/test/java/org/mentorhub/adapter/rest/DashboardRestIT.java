package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.testing.DashboardDataSet;
import org.mentorhub.testing.DashboardSandbox;
import org.mentorhub.testing.RestClient;
import org.mentorhub.testing.RestResponse;

/**
 * The dashboard endpoints over real HTTP against a sandbox with the {@link DashboardDataSet}, every exchange checked
 * against the OpenAPI document: the gadget's one call answers with the data set's figures, and only to its managers.
 */
@ExtendWith(DashboardSandbox.class)
class DashboardRestIT {
    private static final LocalDate TODAY = LocalDate.now();

    private static String dashboardPath(DashboardSandbox host, LocalDate from, LocalDate to) {
        return "/programs/" + host.plain().program().id() + "/dashboard?from=" + from + "&to=" + to;
    }

    private static RestClient rest(DashboardSandbox host) {
        return host.sandbox().rest();
    }

    @Test
    void theProgramsManagerGetsTheDataSetsFigures(DashboardSandbox host) {
        RestResponse response = rest(host).as(DashboardDataSet.MANAGER_USERNAME).get(dashboardPath(host, TODAY.minusDays(83), TODAY));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.at("/program/name").asText()).isEqualTo("Leadership 2025");
        assertThat(json.at("/today").asText()).isEqualTo(TODAY.toString());
        assertThat(json.at("/pairs/ACTIVE").asInt()).isEqualTo(3);
        assertThat(json.at("/pairs/COMPLETED").asInt()).isEqualTo(1);
        assertThat(json.at("/goals").toString()).isEqualTo("{\"total\":5,\"done\":2}");
        assertThat(json.at("/milestones").toString()).isEqualTo("{\"total\":4,\"done\":1}");
        assertThat(json.at("/actionPlans").toString()).isEqualTo("{\"total\":4,\"done\":1}");
        assertThat(json.at("/checkInsHeld").asInt()).isEqualTo(2);
        assertThat(json.at("/feedback/responses").asInt()).isEqualTo(2);
        assertThat(json.at("/feedback/averageRating").asDouble()).isEqualTo(13.0 / 3);
        assertThat(json.at("/feedback/enps/score").asDouble()).isZero();
        assertThat(json.at("/feedback/confidenceChange").asDouble()).isEqualTo(2.0);
        assertThat(json.at("/participation").toString())
                .isEqualTo("{\"enrolled\":8,\"optedIn\":7,\"mentors\":2,\"mentees\":5,\"paired\":5}");
        assertThat(json.at("/atRisk/total").asInt()).isEqualTo(2);
        assertThat(json.at("/atRisk/pairs/0/mentees/0/displayName").asText()).isEqualTo("Mina Mentee");
        assertThat(json.at("/atRisk/pairs/0/firstOverdue/title").asText()).isEqualTo("Draft the slides");
        assertThat(json.at("/atRisk/pairs/1/mentees/0/displayName").asText()).isEqualTo("Noor Nasser");
        assertThat(json.at("/completedGoalsByWeek")).hasSize(12);
        assertThat(json.at("/completedGoalsByWeek/11/count").asInt()).isEqualTo(2);
    }

    @Test
    void aMentorOfTheProgramIsRefusedAndNobodyLoggedInIsAskedToLogIn(DashboardSandbox host) {
        String path = dashboardPath(host, TODAY.minusDays(27), TODAY);

        assertThat(rest(host).as("maria.mentor").get(path).status()).isEqualTo(403);
        assertThat(rest(host).get(path).status()).isEqualTo(401);
    }

    @Test
    void anUnknownProgramIsA404(DashboardSandbox host) {
        RestResponse response = rest(host).as(DashboardDataSet.MANAGER_USERNAME)
                .get("/programs/00000000-0000-0000-0000-000000000000/dashboard?from=" + TODAY + "&to=" + TODAY);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsA400OnTo(DashboardSandbox host) {
        RestResponse response = rest(host).as(DashboardDataSet.MANAGER_USERNAME).get(dashboardPath(host, TODAY, TODAY.minusDays(1)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/to").asText()).isEqualTo("The end must not be before the start.");
    }

    @Test
    void daysThatAreNotDatesAreA400PerParameter(DashboardSandbox host) {
        RestResponse response = rest(host).as(DashboardDataSet.MANAGER_USERNAME).withoutContractCheck()
                .get("/programs/" + host.plain().program().id() + "/dashboard?from=yesterday&to=2025-13-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/from").asText()).isEqualTo("Must be a date like 2025-03-31.");
        assertThat(response.json().at("/errors/to").asText()).isEqualTo("Must be a date like 2025-03-31.");
    }

    @Test
    void theGadgetsProgramListHoldsWhatTheCallerManages(DashboardSandbox host) {
        JsonNode managed = rest(host).as(DashboardDataSet.MANAGER_USERNAME).get("/dashboard/programs").json();
        JsonNode none = rest(host).as(DashboardDataSet.MINA_USERNAME).get("/dashboard/programs").json();

        assertThat(managed.get("total").asInt()).isEqualTo(2);
        assertThat(managed.get("values")).extracting(program -> program.get("id").asText())
                .contains(host.plain().program().id().toString(), host.storedXss().program().id().toString());
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("values")).isEmpty();
    }
}
