package org.mcpgate.jirasim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The few HTML pages the simulator shows a browser: login, consent, and the OAuth error page. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code body} is HTML already escaped where it needs to be. */
    static ApiResponse page(int status, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - Jira</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body>\n</html>\n";
        return ApiResponse.html(status, html).withHeader("Cache-Control", "no-cache, no-store");
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    /** A 302 to {@code location}, with no body. */
    static ApiResponse redirect(String location) {
        return new ApiResponse(302, null, new byte[0], Map.of()).withHeader("Location", location);
    }

    /** {@code uri} with query parameters appended (null values left out), form-encoded. */
    static String withParams(String uri, Map<String, String> params) {
        StringBuilder out = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null) {
                out.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
                separator = '&';
            }
        }
        return out.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
