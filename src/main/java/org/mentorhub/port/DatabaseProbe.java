package org.mentorhub.port;

/** Tells whether the database MentorHub stores its data in can be used right now. */
public interface DatabaseProbe {

    DatabaseStatus probe();
}
