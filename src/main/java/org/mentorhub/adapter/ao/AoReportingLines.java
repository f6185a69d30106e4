package org.mentorhub.adapter.ao;

import static org.mentorhub.adapter.ao.Columns.key;
import static org.mentorhub.adapter.ao.Columns.user;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.UserKey;

/**
 * The organisation's reporting lines in {@link AoReportingLine} rows: each user's direct manager as the directory
 * (an HR import) states it. The {@code Users} adapter answers the core's "who is this user's manager" from here.
 */
@Named
public class AoReportingLines {
    private final ActiveObjects ao;

    @Inject
    public AoReportingLines(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<UserKey> managerOf(UserKey user) {
        return line(user).map(row -> user(row.getManagerKey()));
    }

    /** The users whose recorded direct manager is {@code manager}, in key order. */
    public List<UserKey> reportsOf(UserKey manager) {
        return Arrays.stream(ao.find(AoReportingLine.class, Query.select()
                .where(AoReportingLine.MANAGER_KEY + " = ?", key(manager)).order(AoReportingLine.USER_KEY)))
            .map(row -> user(row.getUserKey())).toList();
    }

    /** Records {@code manager} as the direct manager of {@code user}, replacing any earlier one. */
    public void record(UserKey user, UserKey manager) {
        ao.executeInTransaction(() -> {
            Row columns = new Row().set(AoReportingLine.USER_KEY, key(user)).set(AoReportingLine.MANAGER_KEY, key(manager));
            Optional<AoReportingLine> earlier = line(user);
            if (earlier.isPresent()) {
                columns.writeTo(earlier.get());
            } else {
                DuplicateKeys.insertOnce(() -> ao.create(AoReportingLine.class, columns.values()),
                    () -> new ConflictException(AoMessages.CONCURRENT_CHANGE));
            }
            return null;
        });
    }

    private Optional<AoReportingLine> line(UserKey user) {
        return Arrays.stream(ao.find(AoReportingLine.class, Query.select().where(AoReportingLine.USER_KEY + " = ?", key(user))))
            .findFirst();
    }
}
