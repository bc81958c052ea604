package org.broadsheet.site.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://news.example.org,https://news.example.org",
        "https://News.Example.org/,https://news.example.org",
        "  http://localhost:8080  ,http://localhost:8080",
        "https://news.example.org:443,https://news.example.org",
        "http://news.example.org:80/,http://news.example.org",
        "https://news.example.org:8443,https://news.example.org:8443"
    })
    void anAddressIsWrittenOneWay(String typed, String kept) {
        assertThat(PublicUrl.normalize(typed)).hasValue(kept);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "news.example.org",
                "ftp://news.example.org",
                "javascript:alert(1)",
                "https://news.example.org/blog",
                "https://news.example.org/?utm=x",
                "https://news.example.org#top",
                "https://user:secret@news.example.org",
                "https://",
                "https://news example.org",
                "//news.example.org"
            })
    void anythingElseIsNotAnAddress(String typed) {
        assertThat(PublicUrl.normalize(typed)).isEmpty();
    }
}
