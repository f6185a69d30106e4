package org.mentorhub.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorhub.domain.Failures.messageKey;
import static org.mentorhub.domain.TestData.NOW;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.ParticipantRole;
import org.mentorhub.domain.Program;
import org.mentorhub.domain.TrainingCompletion;
import org.mentorhub.domain.TrainingMaterial;
import org.mentorhub.domain.UserKey;

/** What every {@link TrainingStore} does. */
public abstract class TrainingStoreContract extends StoreContractSupport {
    private final UserKey ada = new UserKey("ada");

    @Test
    void listsAProgramsMaterialsByTitle() {
        Program program = storedProgram("Leads");
        TrainingMaterial roles = material(program, "Roles and expectations");
        TrainingMaterial basics = material(program, "Mentoring basics");
        material(storedProgram("Other"), "Elsewhere");

        assertThat(stores.training().listMaterials(program.id())).containsExactly(basics, roles);
        assertThat(stores.training().getMaterial(roles.id())).isEqualTo(roles);
        assertThat(messageKey(NotFoundException.class, () -> stores.training().getMaterial(Id.random()))).isEqualTo("mentorhub.training.notFound");
    }

    @Test
    void aCompletionIsRecordedOnceKeepingTheFirst() {
        Program program = storedProgram("Leads");
        TrainingMaterial basics = material(program, "Mentoring basics");
        TrainingCompletion first = new TrainingCompletion(basics.id(), program.id(), ada, NOW);

        stores.training().saveCompletion(first);
        stores.training().saveCompletion(new TrainingCompletion(basics.id(), program.id(), ada, NOW.plusSeconds(60)));

        assertThat(stores.training().completions(program.id(), ada)).containsExactly(first);
    }

    @Test
    void completionsAreReadPerProgramAndUser() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        TrainingCompletion ours = new TrainingCompletion(material(program, "Basics").id(), program.id(), ada, NOW);
        stores.training().saveCompletion(ours);
        stores.training().saveCompletion(new TrainingCompletion(material(other, "Basics").id(), other.id(), ada, NOW));
        stores.training().saveCompletion(new TrainingCompletion(ours.materialId(), program.id(), new UserKey("bob"), NOW));

        assertThat(stores.training().completions(program.id(), ada)).containsExactly(ours);
    }

    @Test
    void aProgramsCompletionsAreReadTogether() {
        Program program = storedProgram("Leads");
        Program other = storedProgram("Other");
        TrainingMaterial basics = material(program, "Basics");
        TrainingCompletion ada = new TrainingCompletion(basics.id(), program.id(), this.ada, NOW);
        TrainingCompletion bob = new TrainingCompletion(basics.id(), program.id(), new UserKey("bob"), NOW.plusSeconds(5));
        stores.training().saveCompletion(ada);
        stores.training().saveCompletion(bob);
        stores.training().saveCompletion(new TrainingCompletion(material(other, "Basics").id(), other.id(), this.ada, NOW));

        assertThat(stores.training().listCompletions(program.id())).containsExactlyInAnyOrder(ada, bob);
    }

    private TrainingMaterial material(Program program, String title) {
        TrainingMaterial material = new TrainingMaterial(Id.random(), program.id(), title, "https://wiki.example.com/pages/123",
                Set.of(ParticipantRole.MENTOR), true);
        stores.training().insertMaterial(material);
        return material;
    }
}
