package org.mentorhub.adapter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorhub.adapter.ao.AoReportingLines;
import org.mentorhub.domain.UserKey;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SalUsersTest {
    private static final UserKey ADA = new UserKey("JIRAUSER10010");
    private static final com.atlassian.sal.api.user.UserKey ADA_IN_SAL = new com.atlassian.sal.api.user.UserKey("JIRAUSER10010");

    @Mock
    UserManager userManager;
    @Mock
    AoReportingLines reportingLines;
    @Mock
    UserProfile profile;
    @InjectMocks
    SalUsers users;

    @Test
    void theCurrentUserIsTheRequestsUserByKeyAndNobodyWhenAnonymous() {
        given(userManager.getRemoteUserKey()).willReturn(ADA_IN_SAL, (com.atlassian.sal.api.user.UserKey) null);

        assertThat(users.currentUser()).contains(ADA);
        assertThat(users.currentUser()).isEmpty();
    }

    @Test
    void administratorsAndSystemAdministratorsAreAdmins() {
        given(userManager.isAdmin(ADA_IN_SAL)).willReturn(false, true);
        given(userManager.isSystemAdmin(ADA_IN_SAL)).willReturn(false, true);

        assertThat(users.isAdmin(ADA)).isFalse();
        assertThat(users.isAdmin(ADA)).isTrue();
        assertThat(users.isAdmin(ADA)).isTrue();
    }

    @Test
    void aUserExistsWithAProfileAndIsShownByFullNameOrElseUsername() {
        given(userManager.getUserProfile(ADA_IN_SAL)).willReturn(profile);
        given(profile.getFullName()).willReturn("Ada Lovelace", " ");
        given(profile.getUsername()).willReturn("ada");

        assertThat(users.exists(ADA)).isTrue();
        assertThat(users.displayName(ADA)).isEqualTo("Ada Lovelace");
        assertThat(users.displayName(ADA)).isEqualTo("ada");
    }

    @Test
    void anUnknownUserDoesNotExistAndIsShownByKey() {
        assertThat(users.exists(ADA)).isFalse();
        assertThat(users.displayName(ADA)).isEqualTo("JIRAUSER10010");
    }

    @Test
    void theManagerComesFromTheReportingLines() {
        UserKey lead = new UserKey("JIRAUSER10002");
        given(reportingLines.managerOf(ADA)).willReturn(Optional.of(lead));

        assertThat(users.managerOf(ADA)).contains(lead);
        assertThat(users.isDirectManager(lead, ADA)).isTrue();
    }

    @Test
    void directReportsComeFromTheReportingLines() {
        UserKey lead = new UserKey("JIRAUSER10002");
        given(reportingLines.reportsOf(lead)).willReturn(List.of(ADA));

        assertThat(users.directReports(lead)).containsExactly(ADA);
    }
}
