package org.mentorhub.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.mentorhub.adapter.platform.CoreServices;
import org.mentorhub.domain.Id;

/**
 * {@code GET /rest/mentorhub/1.0/programs/{programId}/dashboard?from=2025-01-06&to=2025-03-30}: the program
 * dashboard for the days from {@code from} to {@code to}, the one call behind the dashboard gadget.
 * <ul>
 *   <li>401 when not logged in, 403 for anyone but the program's managers and administrators;</li>
 *   <li>404 for an unknown or malformed program id;</li>
 *   <li>400 when {@code from} or {@code to} is missing or not a date, {@code to} is before {@code from}, or the
 *       period is longer than 366 days.</li>
 * </ul>
 */
@Named
@Path("programs/{programId}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DashboardResource {
    static final String FROM = "from";
    static final String TO = "to";
    static final String NOT_A_DATE = "mentorhub.error.date.format";

    private final CoreServices core;

    @Inject
    public DashboardResource(CoreServices core) {
        this.core = core;
    }

    @GET
    public DashboardDto dashboard(@PathParam("programId") String programId, @QueryParam(FROM) String from, @QueryParam(TO) String to) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate first = date(FROM, from, problems);
        LocalDate last = date(TO, to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        return DashboardDto.of(core.reports().dashboard(Id.parse(programId), first, last));
    }

    /** An ISO date, or {@code null} when absent (the core then says it is required). */
    private static LocalDate date(String name, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.put(name, NOT_A_DATE);
            return null;
        }
    }
}
