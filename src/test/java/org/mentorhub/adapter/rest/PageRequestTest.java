package org.mentorhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentOrBlankParametersMeanTheDefaults() {
        assertThat(PageRequest.fromQuery(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThat(PageRequest.fromQuery(" ", "")).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void readsGivenValues() {
        assertThat(PageRequest.fromQuery("100", "0")).isEqualTo(new PageRequest(100, 0));
        assertThat(PageRequest.fromQuery(" 5 ", "20")).isEqualTo(new PageRequest(5, 20));
    }

    @Test
    void lowersAnOversizedPageToTheLimitLikeJira() {
        assertThat(PageRequest.fromQuery("0", "5000")).isEqualTo(new PageRequest(0, 100));
    }

    @Test
    void namesEveryBadParameter() {
        assertThatThrownBy(() -> PageRequest.fromQuery("-1", "ten"))
            .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.messageKeys())
                .containsExactly(Map.entry("startAt", PageRequest.NEGATIVE),
                    Map.entry("maxResults", PageRequest.NOT_A_NUMBER)));
        assertThatThrownBy(() -> PageRequest.fromQuery("99999999999", "-5"))
            .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.messageKeys())
                .containsExactly(Map.entry("startAt", PageRequest.NOT_A_NUMBER),
                    Map.entry("maxResults", PageRequest.NEGATIVE)));
    }

    @Test
    void refusesImpossibleRequestsBuiltInCode() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageEchoesTheRequestAndTotal() {
        PageDto<String> page = PageDto.of(new PageRequest(2, 2), 5, List.of("c", "d"));

        assertThat(page).isEqualTo(new PageDto<>(2, 2, 5, List.of("c", "d")));
    }
}
