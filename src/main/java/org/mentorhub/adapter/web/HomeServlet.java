package org.mentorhub.adapter.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.mentorhub.domain.Nomination;
import org.mentorhub.domain.NominationStatus;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.PairingStatus;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.UserKey;
import org.mentorhub.service.MyPairing;

/**
 * {@code /plugins/servlet/mentorhub}: MentorHub's start page inside Jira, for any logged-in user: what waits for them
 * (requests to answer, terms to agree, agreements to accept, nominations) and what they wait for; the system's status
 * for administrators.
 */
public class HomeServlet extends PageServlet {
    static final String TEMPLATE = "templates/home.vm";
    private static final Set<String> WAITING_ON_THE_MENTOR = Set.of("requested", "proposed");

    @Inject
    public HomeServlet(WebPages pages) {
        super(pages);
    }

    @Override
    protected void show(PageCall call, FormState form) throws IOException {
        UserKey me = new Participations(pages, call).me();
        List<HomeTask> yours = new ArrayList<>();
        List<HomeTask> waiting = new ArrayList<>();
        for (MyPairing mine : pages.core().pairings().mine()) {
            Pairing pairing = mine.pairing();
            HomeTask task = new HomeTask(kind(mine, me), names(mine.counterparts()), mine.programName(), "/mine/" + pairing.id());
            if (WAITING_ON_THE_MENTOR.contains(task.kind())) {
                waiting.add(task);
            } else if (!task.kind().isEmpty()) {
                yours.add(task);
            }
        }
        Map<String, String> programNames = pages.core().programs().list().stream()
            .collect(Collectors.toMap(program -> program.id().toString(), program -> program.settings().name()));
        pages.core().nominations().listInvolvingCaller().stream()
            .filter(nomination -> nomination.nominee().equals(me) && nomination.status() == NominationStatus.PENDING)
            .forEach(nomination -> yours.add(nominated(nomination, programNames)));
        boolean admin = pages.isAdmin(me);
        call.render(TEMPLATE, Map.of("form", form, "yours", yours, "waiting", waiting, "admin", admin,
            "health", pages.core().health().check()));
    }

    /** What the pairing waits for from {@code me}; "requested" or "proposed" when {@code me} waits on the mentor; empty when nothing. */
    private static String kind(MyPairing mine, UserKey me) {
        Pairing pairing = mine.pairing();
        boolean mentor = mine.role() == ParticipantRole.MENTOR;
        if (pairing.status().isPending()) {
            return mentor ? "answer" : pairing.status() == PairingStatus.REQUESTED ? "requested" : "proposed";
        }
        if (pairing.status() != PairingStatus.ACCEPTED) {
            return "";
        }
        return pairing.agreement() == null ? "terms" : pairing.hasAccepted(me) ? "" : "agreement";
    }

    private HomeTask nominated(Nomination nomination, Map<String, String> programNames) {
        return new HomeTask("nomination." + nomination.role().name(), pages.displayName(nomination.nominator()),
            programNames.getOrDefault(nomination.programId().toString(), ""), "/nominations");
    }

    private String names(List<UserKey> users) {
        return users.stream().map(pages::displayName).collect(Collectors.joining(", "));
    }
}
