package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ReaderInterceptorContext;
import org.junit.jupiter.api.Test;
import org.mentorhub.testing.PluginI18n;

class RequiredBodyInterceptorTest {
    private final RequiredBodyInterceptor interceptor = new RequiredBodyInterceptor(new RestErrors(PluginI18n.resolver()));
    private final ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);

    @Test
    void emptyBodyIsA400BeforeAnythingReadsIt() throws Exception {
        when(context.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[0]));

        assertThatThrownBy(() -> interceptor.aroundReadFrom(context))
            .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                assertThat(e.getResponse().getStatus()).isEqualTo(400);
                assertThat(((ErrorCollectionDto) e.getResponse().getEntity()).errorMessages())
                    .containsExactly("The request body is missing: send a JSON object.");
            });
        verify(context, never()).proceed();
    }

    @Test
    void aBodyIsPassedOnWhole() throws Exception {
        AtomicReference<InputStream> passedOn = new AtomicReference<>();
        when(context.getInputStream()).thenReturn(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
        doAnswer(call -> {
            passedOn.set(call.getArgument(0));
            return null;
        }).when(context).setInputStream(any());
        when(context.proceed()).thenReturn("read");

        assertThat(interceptor.aroundReadFrom(context)).isEqualTo("read");
        assertThat(new String(passedOn.get().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }
}
