package org.mentorhub.adapter.web;

/** A pairing of a program in its managers' overview, with its action-plan progress. */
public record PairingView(String mentor, String mentees, String status, String statusClass, int goals, int goalsDone) {
}
