package org.mentorhub.adapter.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A participant of a program: roles, consent and the scalar part of the profile. Skills, tags and demographics
 * are rows of their own ({@link AoProfileSkill}, {@link AoProfileTag}, {@link AoDemographic}).
 */
@Table("PARTICIPANT")
public interface AoParticipant extends Entity, Identified, InProgram, OfUser {
    String PROGRAM_USER = "PROGRAM_USER";
    String PARTICIPANT_ROLES = "PARTICIPANT_ROLES";
    String SOURCE = "SOURCE";
    String CONSENT_GIVEN_AT = "CONSENT_GIVEN_AT";
    String CONSENT_SCOPES = "CONSENT_SCOPES";
    String CONSENT_POLICY = "CONSENT_POLICY";
    String CONSENT_WITHDRAWN_AT = "CONSENT_WITHDRAWN_AT";
    String INTERESTS_TEXT = "INTERESTS_TEXT";
    String GOALS_TEXT = "GOALS_TEXT";
    String CAREER_LEVEL = "CAREER_LEVEL";
    String BUSINESS_FUNCTION = "BUSINESS_FUNCTION";
    String MANAGER_KEY = "MANAGER_KEY";
    String LOCATION = "LOCATION";
    String TIME_ZONE = "TIME_ZONE";
    String LANGUAGES = "LANGUAGES";
    String AVAILABILITY = "AVAILABILITY";
    String MENTOR_CAPACITY = "MENTOR_CAPACITY";

    /** Program id and user key: unique, so a user is one participant per program even under concurrent enrollment. */
    @NotNull
    @Unique
    @StringLength(Columns.COMPOSITE_KEY_LENGTH)
    String getProgramUser();

    void setProgramUser(String programUser);

    /** {@link org.mentorhub.domain.ParticipantRole} names, comma-separated. */
    @NotNull
    String getParticipantRoles();

    void setParticipantRoles(String participantRoles);

    /** {@link org.mentorhub.domain.ParticipantSource} name. */
    @NotNull
    String getSource();

    void setSource(String source);

    /** When consent was given, epoch milliseconds. */
    @NotNull
    long getConsentGivenAt();

    void setConsentGivenAt(long consentGivenAt);

    /** {@link org.mentorhub.domain.ConsentScope} names, comma-separated. */
    @NotNull
    String getConsentScopes();

    void setConsentScopes(String consentScopes);

    /** Version of the consent text the participant agreed to. */
    @NotNull
    String getConsentPolicy();

    void setConsentPolicy(String consentPolicy);

    /** When the participant opted out, epoch milliseconds; empty while the consent stands. */
    Long getConsentWithdrawnAt();

    void setConsentWithdrawnAt(Long consentWithdrawnAt);

    /** Interests as free text; never filtered on (the tags are). */
    @StringLength(StringLength.UNLIMITED)
    String getInterestsText();

    void setInterestsText(String interestsText);

    /** Goals as free text; never filtered on (the tags are). */
    @StringLength(StringLength.UNLIMITED)
    String getGoalsText();

    void setGoalsText(String goalsText);

    /** {@link org.mentorhub.domain.CareerLevel} name. */
    @NotNull
    String getCareerLevel();

    void setCareerLevel(String careerLevel);

    /** Business function, e.g. Engineering. */
    String getBusinessFunction();

    void setBusinessFunction(String businessFunction);

    /** The direct manager's user key as recorded on the profile; indexed to find a manager's reports. */
    @Indexed
    String getManagerKey();

    void setManagerKey(String managerKey);

    /** Where the participant works. */
    String getLocation();

    void setLocation(String location);

    /** IANA time-zone id of the availability slots. */
    @NotNull
    String getTimeZone();

    void setTimeZone(String timeZone);

    /** Language tags (BCP 47), one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getLanguages();

    void setLanguages(String languages);

    /** Weekly slots such as {@code MONDAY 09:00-10:30}, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getAvailability();

    void setAvailability(String availability);

    /** Mentees taken on at once when mentoring. */
    @NotNull
    int getMentorCapacity();

    void setMentorCapacity(int mentorCapacity);
}
