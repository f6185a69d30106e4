package org.mentorhub.adapter.web;

/**
 * What a pair member sees of another participant's profile: who they are and what they bring or look for. Empty
 * strings where the profile says nothing.
 */
public record ProfileSummary(String name, String role, String skills, String wantedSkills, String goals, String interests,
                             String careerLevel, String location) {
}
