package org.broadsheet.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTTP/1.1 written by hand, byte for byte: what an attacker sends, including what Java's HTTP
 * client refuses to (a forged {@code Host}, a malformed request line, a raw TRACE).
 */
public final class RawHttp {

    /** The status code and the whole response as text. */
    public record Response(int status, String text) {

        public String header(String name) {
            String prefix = name.toLowerCase(java.util.Locale.ROOT) + ":";
            return text.lines()
                    .takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse("");
        }

        /** Every header line, as sent. */
        public java.util.List<String> headers() {
            return text.lines().skip(1).takeWhile(line -> !line.isEmpty()).toList();
        }

        public String body() {
            int start = text.indexOf("\r\n\r\n");
            return start < 0 ? "" : text.substring(start + 4);
        }
    }

    private RawHttp() {}

    public static Response send(int port, String method, String target, List<String> headers, String body)
            throws IOException {
        StringBuilder request =
                new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        headers.forEach(h -> request.append(h).append("\r\n"));
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        if (content.length > 0) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            String text = readAll(socket.getInputStream());
            int status = text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new Response(status, text);
        }
    }

    public static Response get(int port, String target, String... headers) throws IOException {
        return send(port, "GET", target, List.of(headers), "");
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
