package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchedDocumentTest {

    @ParameterizedTest(name = "Cache-Control: {0} -> {1} s")
    @CsvSource(delimiter = '|', textBlock = """
            ''                            | 300
            public                        | 300
            max-age=60                    | 60
            public, max-age=120           | 120
            MAX-AGE=120                   | 120
            max-age="90"                  | 90
            max-age=0                     | 0
            max-age=86400                 | 3600
            max-age=99999999999999        | 3600
            max-age=-5                    | 300
            max-age=abc                   | 300
            no-store                      | 0
            max-age=600, no-cache         | 0
            """)
    void lifetimeWhenCacheControlThenMaxAgeCappedAtAnHour(String cacheControl, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), new FetchedDocument(200, "application/json", cacheControl, "{}")
                .lifetime());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                       | true
            application/json; charset=utf-8        | true
            Application/JSON                       | true
            application/oauth-client+json          | true
            text/json                              | false
            text/html                              | false
            application/jsonp                      | false
            ''                                     | false
            """)
    void isJsonWhenContentTypeThenJsonTypesOnly(String contentType, boolean json) {
        assertEquals(json, new FetchedDocument(200, contentType, "", "{}").isJson());
    }
}
