package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.TestData.NOW;

import org.junit.jupiter.api.Test;
import org.mentorhub.domain.PairExclusion;
import org.mentorhub.domain.Pairing;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.ProposalLock;
import org.mentorhub.domain.UserKey;

/** What every {@link MatchingDecisionStore} does. */
public abstract class MatchingDecisionStoreContract extends StoreContractSupport {
    private final UserKey ann = new UserKey("ann");
    private final UserKey ben = new UserKey("ben");
    private final UserKey zoe = new UserKey("zoe");
    private final UserKey pm = new UserKey("pm-1");

    @Test
    void exclusionsReadBackOldestFirstPerProgramAndPerMentor() {
        Program program = storedProgram("Leads");
        PairExclusion first = exclusion(program, ann, zoe, PairExclusion.Reason.EXCLUDED_BY_MANAGER, 0);
        PairExclusion second = exclusion(program, ben, zoe, PairExclusion.Reason.DECLINED, 10);
        PairExclusion third = exclusion(program, ann, new UserKey("max"), PairExclusion.Reason.DECLINED, 20);
        stores.matchingDecisions().saveExclusion(first);
        stores.matchingDecisions().saveExclusion(second);
        stores.matchingDecisions().saveExclusion(third);
        stores.matchingDecisions().saveExclusion(exclusion(storedProgram("Other"), ann, zoe, PairExclusion.Reason.DECLINED, 5));

        assertThat(stores.matchingDecisions().listExclusions(program.id())).containsExactly(first, second, third);
        assertThat(stores.matchingDecisions().exclusionsOf(program.id(), ann)).containsExactly(first, third);
    }

    @Test
    void thePairAndReasonAreRecordedOnceKeepingTheFirst() {
        Program program = storedProgram("Leads");
        PairExclusion first = exclusion(program, ann, zoe, PairExclusion.Reason.DECLINED, 0);
        PairExclusion byManager = exclusion(program, ann, zoe, PairExclusion.Reason.EXCLUDED_BY_MANAGER, 20);
        stores.matchingDecisions().saveExclusion(first);
        stores.matchingDecisions().saveExclusion(exclusion(program, ann, zoe, PairExclusion.Reason.DECLINED, 10));
        stores.matchingDecisions().saveExclusion(byManager);

        assertThat(stores.matchingDecisions().listExclusions(program.id())).containsExactly(first, byManager);
    }

    @Test
    void locksAreKeptOncePerProposalUntilDeleted() {
        Program program = storedProgram("Leads");
        Pairing annZoe = storedPairing(program, "ann", "zoe");
        Pairing benMax = storedPairing(program, "ben", "max");
        ProposalLock first = new ProposalLock(annZoe.id(), program.id(), pm, NOW);
        ProposalLock second = new ProposalLock(benMax.id(), program.id(), pm, NOW.plusSeconds(10));
        stores.matchingDecisions().saveLock(first);
        stores.matchingDecisions().saveLock(second);
        stores.matchingDecisions().saveLock(new ProposalLock(annZoe.id(), program.id(), new UserKey("pm-2"), NOW.plusSeconds(20)));
        Program other = storedProgram("Other");
        stores.matchingDecisions().saveLock(new ProposalLock(storedPairing(other, "ann", "zoe").id(), other.id(), pm, NOW));

        assertThat(stores.matchingDecisions().listLocks(program.id())).containsExactly(first, second);

        stores.matchingDecisions().deleteLock(annZoe.id());
        stores.matchingDecisions().deleteLock(annZoe.id());

        assertThat(stores.matchingDecisions().listLocks(program.id())).containsExactly(second);
    }

    private PairExclusion exclusion(Program program, UserKey mentor, UserKey mentee, PairExclusion.Reason reason, int secondsLater) {
        return new PairExclusion(program.id(), mentor, mentee, reason, pm, NOW.plusSeconds(secondsLater));
    }
}
