// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// Checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html
// (getIssue(ApplicationUser, String|Long), create(ApplicationUser, CreateValidationResult[, String]),
// update(ApplicationUser, UpdateValidationResult), transition(ApplicationUser, TransitionValidationResult)),
// .../IssueService.UpdateValidationResult.html (validateUpdate(ApplicationUser, Long, IssueInputParameters), ctor),
// .../IssueService.IssueValidationResult.html (abstract, extends ServiceResultImpl, ctor (MutableIssue, ErrorCollection)),
// https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.TransitionValidationResult.html
// (validateTransition(ApplicationUser, Long, int, IssueInputParameters), ctor, getters), and the public jira-api
// IssueService.java source (6.x; validateCreate / validateSubTaskCreate / newIssueInputParameters(Map<String,String[]>),
// CreateValidationResult ctor) - user parameters are ApplicationUser since 7.0 (nullable = anonymous).
// Left out: update(.., EventDispatchOption, boolean), delete/validateDelete, assign/validateAssign, isEditable,
// TransitionOptions overloads; UpdateValidationResult.getHistoryMetadata()/getProperties(); getWarningCollection().
// The nested result classes get faithful field-storing bodies (the real constructors are @Internal but public).
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.Map;

public interface IssueService {
    IssueResult getIssue(ApplicationUser user, Long issueId);

    IssueResult getIssue(ApplicationUser user, String issueKey);

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult, String initialWorkflowActionName);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    IssueInputParameters newIssueInputParameters();

    IssueInputParameters newIssueInputParameters(Map<String, String[]> actionParameters);

    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            this(issue, new SimpleErrorCollection());
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        private final Map<String, Object> fieldValuesHolder;

        public CreateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
            this.fieldValuesHolder = fieldValuesHolder;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }

    class UpdateValidationResult extends IssueValidationResult {
        private final Map<String, Object> fieldValuesHolder;

        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
            this.fieldValuesHolder = fieldValuesHolder;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }

    class TransitionValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;
        private final Map<String, Object> fieldValuesHolder;
        @SuppressWarnings("rawtypes")
        private final Map additionInputs;
        private final int actionId;

        @SuppressWarnings("rawtypes")
        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder,
                Map additionInputs, int actionId) {
            super(errors);
            this.issue = issue;
            this.fieldValuesHolder = fieldValuesHolder;
            this.additionInputs = additionInputs;
            this.actionId = actionId;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public int getActionId() {
            return actionId;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }

        @SuppressWarnings("rawtypes")
        public Map getAdditionInputs() {
            return additionInputs;
        }
    }
}
