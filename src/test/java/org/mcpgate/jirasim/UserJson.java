package org.mcpgate.jirasim;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Users as Jira DC shows them: {@code name} and {@code key}, never an accountId. */
final class UserJson {
    private final Links links;

    UserJson(Links links) {
        this.links = links;
    }

    /** The short form inside issues and comments (UserJsonBean). */
    ObjectNode brief(SimUser user) {
        ObjectNode json = Json.object();
        json.put("self", links.user(user.name()));
        json.put("name", user.name());
        json.put("key", user.key());
        json.put("emailAddress", user.emailAddress());
        json.set("avatarUrls", links.avatarUrls("useravatar", "ownerId=" + user.key(), 10122));
        json.put("displayName", user.displayName());
        json.put("active", user.active());
        json.put("timeZone", user.timeZone());
        return json;
    }

    /** The full form of /myself and /user (UserBean); groups are listed only when expanded. */
    ObjectNode full(SimUser user, boolean expandGroups) {
        ObjectNode json = brief(user);
        json.put("locale", "en_US");
        json.put("deleted", false);
        ObjectNode groups = json.putObject("groups");
        groups.put("size", user.groups().size());
        ArrayNode items = groups.putArray("items");
        if (expandGroups) {
            for (String group : user.groups()) {
                items.addObject().put("name", group).put("self", links.api("group?groupname=" + group));
            }
        }
        ObjectNode roles = json.putObject("applicationRoles");
        roles.put("size", 1);
        roles.putArray("items");
        json.put("expand", "groups,applicationRoles");
        return json;
    }
}
