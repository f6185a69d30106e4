package org.mentorhub.adapter.web;

import com.atlassian.plugin.web.ContextProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.service.PairIssuePanel;

/**
 * The pair panel on a pairing's Jira issue: who, the agreement, the plan's progress and the next check-in, with a link
 * to the pair page. The core reads it as the signed-in user; when it shows nothing (the condition has normally hidden the
 * panel already) the template renders nothing.
 */
public class PairIssuePanelContextProvider implements ContextProvider {
    private final WebPages pages;

    @Inject
    public PairIssuePanelContextProvider(WebPages pages) {
        this.pages = pages;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>(context);
        PairIssuePanelCondition.issueKey(context).flatMap(pages.core().pairIssues()::panel).ifPresent(panel -> model.putAll(model(panel)));
        return model;
    }

    private Map<String, Object> model(PairIssuePanel panel) {
        Map<String, Object> model = new HashMap<>();
        model.put("pairPage", pages.base() + "/mine/" + panel.pairingId());
        model.put("programName", panel.programName());
        model.put("status", panel.status().name());
        model.put("statusClass", Lozenges.of(panel.status()));
        model.put("members", Stream.concat(Stream.of(member(panel.mentor(), ParticipantRole.MENTOR)),
            panel.mentees().stream().map(mentee -> member(mentee, ParticipantRole.MENTEE))).toList());
        PairIssuePanel.Terms terms = panel.agreement();
        model.put("hasAgreement", terms != null);
        if (terms != null) {
            model.put("cadence", pages.period(terms.cadence()));
            model.put("duration", pages.period(terms.duration()));
            model.put("agreedByAll", terms.acceptedByAll());
        }
        model.put("startDate", date(panel.startDate()));
        model.put("endDate", date(panel.endDate()));
        PairIssuePanel.Progress progress = panel.progress();
        model.put("goals", progress.goals());
        model.put("goalsDone", progress.goalsDone());
        model.put("milestones", progress.milestones());
        model.put("milestonesDone", progress.milestonesDone());
        model.put("percent", progress.percent());
        // AUI's progress indicator takes a fraction
        model.put("progressValue", String.format(Locale.ROOT, "%.2f", progress.percent() / 100.0));
        PairIssuePanel.NextCheckIn next = panel.nextCheckIn();
        ZoneId zone = pages.zoneOfCurrentUser(panel.programId());
        model.put("timeZone", zone.getId());
        model.put("planned", WebPages.time(next.planned(), zone));
        model.put("lastHeld", WebPages.time(next.lastHeld(), zone));
        model.put("due", date(next.due()));
        model.put("checkInCadence", pages.period(next.cadence()));
        model.put("ended", panel.status().isFinal());
        return model;
    }

    private static MemberView member(PairIssuePanel.Member member, ParticipantRole role) {
        return new MemberView(member.user().value(), member.name(), role.name(), member.accepted());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
