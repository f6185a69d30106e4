package org.mentorhub.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.service.PairIssueService;

/** The panel's condition asks the core about the viewed issue, and hides the panel without asking for anything else. */
class PairIssuePanelConditionTest {
    private final PairIssueService pairIssues = mock(PairIssueService.class);
    private final PairIssuePanelCondition condition = condition();

    @Test
    void showsThePanelWhereTheCoreShowsThePairing() {
        when(pairIssues.showsPanel(new IssueKey("MENTOR-7"))).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of("issue", issue("MENTOR-7")))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", issue("MENTOR-8")))).isFalse();
    }

    @Test
    void withoutAnIssueOrWithAKeyNoPairingCouldCarryThereIsNoPanel() {
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        assertThat(condition.shouldDisplay(Map.of("issue", "MENTOR-7"))).isFalse();
        assertThat(condition.shouldDisplay(Map.of("issue", issue(null)))).isFalse();
        assertThat(condition.shouldDisplay(Map.of("issue", issue("lower-1")))).isFalse();
        verify(pairIssues, never()).showsPanel(any());
    }

    private PairIssuePanelCondition condition() {
        CoreServices core = mock(CoreServices.class);
        when(core.pairIssues()).thenReturn(pairIssues);
        return new PairIssuePanelCondition(core);
    }

    private static Issue issue(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }
}
