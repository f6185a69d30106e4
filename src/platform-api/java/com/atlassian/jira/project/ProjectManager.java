// Compile-only declaration of an Atlassian host API (provided by the product at run time; never shipped).
// UNCONFIRMED against a javadoc page in this session: getProjectObj(Long) / getProjectObjByKey(String) /
// getProjectObjects() are the long-standing jira-api lookups (shared reference, widely used in public plugin code).
// Results are @Nullable in the real API (annotation not reproduced).
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
