package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.mentorhub.domain.ConflictException;
import org.mentorhub.domain.FieldErrors;
import org.mentorhub.domain.ForbiddenException;
import org.mentorhub.domain.Id;
import org.mentorhub.domain.NotFoundException;
import org.mentorhub.domain.ValidationException;
import org.mentorhub.testing.PluginI18n;

class MentorHubExceptionMapperTest {
    private final MentorHubExceptionMapper mapper =
        new MentorHubExceptionMapper(new RestErrors(PluginI18n.resolver(), () -> "REF1"));

    @Test
    void invalidInputIsA400WithATextPerField() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> FieldErrors.builder()
            .add("name", "mentorhub.validation.required")
            .add("description", "mentorhub.validation.tooLong", 2000)
            .add("name", "mentorhub.validation.format")
            .throwIfAny());

        Response response = mapper.toResponse(invalid);

        assertThat(response.getStatus()).isEqualTo(400);
        ErrorCollectionDto body = (ErrorCollectionDto) response.getEntity();
        assertThat(body.errorMessages()).isEmpty();
        assertThat(body.errors()).containsOnlyKeys("name", "description");
        assertThat(body.errors().get("description")).contains("2,000").doesNotContain("mentorhub.");
        assertThat(body.errors().get("name")).doesNotContain("mentorhub.");
    }

    @Test
    void unknownRecordsAre404WithTheIdQuoted() {
        Id<Object> id = new Id<>(UUID.fromString("00000000-0000-0000-0000-000000000042"));

        Response response = mapper.toResponse(new NotFoundException("mentorhub.pairing.notFound", id));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((ErrorCollectionDto) response.getEntity()).errorMessages())
            .containsExactly("There is no pairing 00000000-0000-0000-0000-000000000042.");
    }

    @Test
    void refusalsAre403AndClashesAre409() {
        Response forbidden = mapper.toResponse(new ForbiddenException("mentorhub.pairing.notFound", "x"));
        Response conflict = mapper.toResponse(new ConflictException("mentorhub.pairing.capacityReached", "Maria", 2));

        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(((ErrorCollectionDto) conflict.getEntity()).errorMessages())
            .containsExactly("Maria has no free place: the capacity is 2 mentees.");
    }
}
