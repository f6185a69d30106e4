package org.mentorhub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkeletonTest {
    @Test
    void buildRunsTests() {
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(17);
    }
}
