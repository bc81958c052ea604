package org.broadsheet.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the public site as a reader's browser would, for tests that look at pages and the files they name. */
public final class SiteClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SiteClient() {}

    /** The page's HTML. */
    public static String page(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The answer to a GET as it comes, redirects not followed: status, headers and HTML. */
    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString());
    }

    /** A file the page names (a picture variant), as bytes with its status. */
    public static HttpResponse<byte[]> file(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
    }
}
