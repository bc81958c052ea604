package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        StringWriter out = new StringWriter();
        Csv.row(
                out,
                Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, "=HYPERLINK(\"x\")", "-1+2", "@cmd"));
        assertThat(out.toString())
                .isEqualTo(
                        "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"'=HYPERLINK(\"\"x\"\")\",'-1+2,'@cmd\r\n");
    }
}
