package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A mentoring program with its settings; its managers are {@link AoProgramManager} rows. */
@Table("PROGRAM")
public interface AoProgram extends Entity, Identified {
    String NAME = "NAME";
    String DESCRIPTION = "DESCRIPTION";
    String PROGRAM_TYPE = "PROGRAM_TYPE";
    String MATCHING_MODE = "MATCHING_MODE";
    String STATUS = "STATUS";
    String ENROLL_FROM = "ENROLL_FROM";
    String ENROLL_UNTIL = "ENROLL_UNTIL";
    String PAIRING_DURATION = "PAIRING_DURATION";
    String CHECK_IN_CADENCE = "CHECK_IN_CADENCE";
    String MENTOR_CAPACITY = "MENTOR_CAPACITY";
    String CRITERIA_WEIGHTS = "CRITERIA_WEIGHTS";
    String TRAINING_REQUIRED = "TRAINING_REQUIRED";
    String DIVERSITY_ALLOWED = "DIVERSITY_ALLOWED";
    String JIRA_PROJECT_KEY = "JIRA_PROJECT_KEY";
    String CONFLUENCE_SPACE_KEY = "CONFLUENCE_SPACE_KEY";

    /** The program's name (at most 120 characters). */
    @NotNull
    String getName();

    void setName(String name);

    /** Free-text description, up to 4000 characters; never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** {@link org.mentorhub.domain.ProgramType} name. */
    @NotNull
    String getProgramType();

    void setProgramType(String programType);

    /** {@link org.mentorhub.domain.MatchingMode} name. */
    @NotNull
    String getMatchingMode();

    void setMatchingMode(String matchingMode);

    /** {@link org.mentorhub.domain.ProgramStatus} name. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    /** First day of the enrollment window, ISO date. */
    @NotNull
    @StringLength(Columns.DATE_LENGTH)
    String getEnrollFrom();

    void setEnrollFrom(String enrollFrom);

    /** Last day of the enrollment window, ISO date. */
    @NotNull
    @StringLength(Columns.DATE_LENGTH)
    String getEnrollUntil();

    void setEnrollUntil(String enrollUntil);

    /** How long a pairing runs, ISO period such as {@code P6M}. */
    @NotNull
    String getPairingDuration();

    void setPairingDuration(String pairingDuration);

    /** How often pairs are expected to meet, ISO period. */
    @NotNull
    String getCheckInCadence();

    void setCheckInCadence(String checkInCadence);

    /** Mentees per mentor unless a mentor says otherwise. */
    @NotNull
    int getMentorCapacity();

    void setMentorCapacity(int mentorCapacity);

    /** Weight per matching criterion, e.g. {@code SKILLS=10,DIVERSITY=2}. */
    @NotNull
    String getCriteriaWeights();

    void setCriteriaWeights(String criteriaWeights);

    /** Whether mentors must complete the required training before being paired. */
    @NotNull
    boolean isTrainingRequired();

    void setTrainingRequired(boolean trainingRequired);

    /** Whether consented demographics may be used for matching. */
    @NotNull
    boolean isDiversityAllowed();

    void setDiversityAllowed(boolean diversityAllowed);

    /** The linked Jira project, if any. */
    String getJiraProjectKey();

    void setJiraProjectKey(String jiraProjectKey);

    /** The linked Confluence space, if any (personal spaces start with a tilde, hence the extra length). */
    @StringLength(StringLength.MAX_LENGTH)
    String getConfluenceSpaceKey();

    void setConfluenceSpaceKey(String confluenceSpaceKey);
}
