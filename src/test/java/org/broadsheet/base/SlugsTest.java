package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The cable car that rewired a city | the-cable-car-that-rewired-a-city",
                "São Paulo's rooftop gardens        | sao-paulos-rooftop-gardens",
                "  --Año 2026: ¿qué pasó?--         | ano-2026-que-paso",
                "Middle East                        | middle-east"
            })
    void slugifyFoldsAccentsAndPunctuation(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void slugifyKeepsWithinTheMaximumLengthWithoutATrailingHyphen() {
        String slug = Slugs.slugify("word ".repeat(100));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "two--hyphens", "-leading", "trailing-", "with space", "dot.ted", "ümlaut"})
    void rejectsWhatCannotBeAUrlSegment(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }
}
