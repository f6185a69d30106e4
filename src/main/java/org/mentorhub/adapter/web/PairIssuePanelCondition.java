package org.mentorhub.adapter.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.IssueKey;
import org.mentorhub.domain.ValidationException;

/**
 * Shows the pair panel on an issue only to whom the core shows the pairing behind it: the pair, the program's managers,
 * administrators. Issues no pairing is mirrored by get no panel, nor do anonymous visitors.
 */
public class PairIssuePanelCondition implements Condition {
    /** Where Jira's issue view puts the viewed {@link Issue} in a web panel's context. */
    static final String ISSUE = "issue";

    private final CoreServices core;

    @Inject
    public PairIssuePanelCondition(CoreServices core) {
        this.core = core;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return issueKey(context).map(core.pairIssues()::showsPanel).orElse(false);
    }

    /** The viewed issue's key; empty without an issue or for a key no pairing could carry. */
    static Optional<IssueKey> issueKey(Map<String, Object> context) {
        if (!(context.get(ISSUE) instanceof Issue issue) || issue.getKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IssueKey(issue.getKey()));
        } catch (ValidationException unusable) {
            return Optional.empty();
        }
    }
}
