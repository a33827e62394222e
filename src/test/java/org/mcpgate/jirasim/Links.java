package org.mcpgate.jirasim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/** The absolute URLs Jira puts in {@code self}, {@code iconUrl} and {@code avatarUrls}. */
record Links(String baseUrl) {

    String api(String path) {
        return baseUrl + "/rest/api/2/" + path;
    }

    String page(String path) {
        return baseUrl + path;
    }

    String user(String name) {
        return api("user?username=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    String issue(long id) {
        return api("issue/" + id);
    }

    /** The four avatar sizes Jira DC lists, the 48x48 one without a size parameter. */
    ObjectNode avatarUrls(String servlet, String owner, long avatarId) {
        String base = baseUrl + "/secure/" + servlet + "?";
        String suffix = owner + "&avatarId=" + avatarId;
        ObjectNode urls = Json.object();
        urls.put("48x48", base + suffix);
        urls.put("24x24", base + "size=small&" + suffix);
        urls.put("16x16", base + "size=xsmall&" + suffix);
        urls.put("32x32", base + "size=medium&" + suffix);
        return urls;
    }
}
