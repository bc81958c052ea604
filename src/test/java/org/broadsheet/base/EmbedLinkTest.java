package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.base.EmbedLink.Provider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedLinkTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ",
        "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, YOUTUBE, dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ",
        "https://m.youtube.com/shorts/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ",
        "https://vimeo.com/76979871, VIMEO, 76979871",
        "https://player.vimeo.com/video/76979871, VIMEO, 76979871",
        "https://x.com/broadsheet/status/1843000000000000001, X, 1843000000000000001",
        "https://twitter.com/broadsheet/status/20?s=21, X, 20"
    })
    void recognizesTheAddressesPeopleCopy(String address, Provider provider, String ref) {
        assertThat(EmbedLink.parse(address)).contains(new EmbedLink(provider, ref));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/watch?v=dQw4w9WgXcQ",
                "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
                "https://youtu.be/short",
                "https://vimeo.com/channels/staffpicks",
                "https://x.com/broadsheet",
                "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
                "not a url at all",
                "https://evil.youtube.com.example/watch?v=dQw4w9WgXcQ"
            })
    void refusesEverythingElse(String address) {
        assertThat(EmbedLink.parse(address)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "youtube, dQw4w9WgXcQ, true",
        "youtube, dQw4w9WgXc\", false",
        "vimeo, 12, true",
        "vimeo, x12, false",
        "x, 99, true",
        "tiktok, 99, false"
    })
    void storedPairsAreCheckedAgainstTheProvidersIdShape(String provider, String ref, boolean known) {
        assertThat(EmbedLink.of(provider, ref).isPresent()).isEqualTo(known);
    }
}
