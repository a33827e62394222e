package org.mcpgate.jirasim;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON of the reference data: statuses, types, priorities, resolutions, projects, components, versions, fields. */
final class CatalogJson {
    private final Links links;
    private final JiraCatalog catalog;
    private final UserJson users;

    CatalogJson(Links links, JiraCatalog catalog) {
        this.links = links;
        this.catalog = catalog;
        this.users = new UserJson(links);
    }

    ObjectNode statusCategory(SimStatusCategory category) {
        ObjectNode json = Json.object();
        json.put("self", links.api("statuscategory/" + category.id()));
        json.put("id", category.id());
        json.put("key", category.key());
        json.put("colorName", category.colorName());
        json.put("name", category.name());
        return json;
    }

    ObjectNode status(SimStatus status) {
        ObjectNode json = Json.object();
        json.put("self", links.api("status/" + status.id()));
        json.put("description", status.description());
        json.put("iconUrl", links.page(status.iconPath()));
        json.put("name", status.name());
        json.put("id", status.id());
        json.set("statusCategory", statusCategory(status.category()));
        return json;
    }

    ObjectNode issueType(SimIssueType type) {
        ObjectNode json = Json.object();
        json.put("self", links.api("issuetype/" + type.id()));
        json.put("id", type.id());
        json.put("description", type.description());
        json.put("iconUrl", links.page("/secure/viewavatar?size=xsmall&avatarId=" + type.avatarId()
                + "&avatarType=issuetype"));
        json.put("name", type.name());
        json.put("subtask", type.subtask());
        json.put("avatarId", type.avatarId());
        return json;
    }

    ObjectNode priority(SimPriority priority) {
        ObjectNode json = Json.object();
        json.put("self", links.api("priority/" + priority.id()));
        json.put("iconUrl", links.page(priority.iconPath()));
        json.put("name", priority.name());
        json.put("id", priority.id());
        return json;
    }

    /** The full priority of {@code GET /priority}, with description and colour. */
    ObjectNode priorityFull(SimPriority priority) {
        ObjectNode json = priority(priority);
        json.put("statusColor", priority.statusColor());
        json.put("description", priority.description());
        return json;
    }

    ObjectNode resolution(SimResolution resolution) {
        ObjectNode json = Json.object();
        json.put("self", links.api("resolution/" + resolution.id()));
        json.put("id", resolution.id());
        json.put("description", resolution.description());
        json.put("name", resolution.name());
        return json;
    }

    ObjectNode component(SimComponent component) {
        ObjectNode json = Json.object();
        json.put("self", links.api("component/" + component.id()));
        json.put("id", component.id());
        json.put("name", component.name());
        json.put("description", component.description());
        return json;
    }

    ObjectNode version(SimVersion version, SimProject project) {
        ObjectNode json = Json.object();
        json.put("self", links.api("version/" + version.id()));
        json.put("id", version.id());
        json.put("description", version.description());
        json.put("name", version.name());
        json.put("archived", false);
        json.put("released", version.released());
        if (version.releaseDate() != null) {
            json.put("releaseDate", version.releaseDate());
        }
        json.put("projectId", Long.parseLong(project.id()));
        return json;
    }

    /** The short project inside issues and in {@code GET /project}. */
    ObjectNode projectBrief(SimProject project) {
        ObjectNode json = Json.object();
        json.put("expand", "description,lead,url,projectKeys");
        json.put("self", links.api("project/" + project.id()));
        json.put("id", project.id());
        json.put("key", project.key());
        json.put("name", project.name());
        json.set("avatarUrls", links.avatarUrls("projectavatar", "pid=" + project.id(), project.avatarId()));
        json.put("projectTypeKey", "software");
        json.put("archived", false);
        return json;
    }

    /** The full project of {@code GET /project/{key}}. */
    ObjectNode projectFull(SimProject project) {
        ObjectNode json = projectBrief(project);
        json.put("description", project.description());
        catalog.user(project.lead()).ifPresent(lead -> json.set("lead", users.brief(lead)));
        ArrayNode components = json.putArray("components");
        project.components().forEach(c -> components.add(component(c).put("isAssigneeTypeValid", false)));
        ArrayNode types = json.putArray("issueTypes");
        project.issueTypeIds().forEach(id -> types.add(issueType(catalog.issueTypeById(id))));
        json.put("assigneeType", "UNASSIGNED");
        ArrayNode versions = json.putArray("versions");
        project.versions().forEach(v -> versions.add(version(v, project)));
        ObjectNode roles = json.putObject("roles");
        roles.put("Administrators", links.api("project/" + project.id() + "/role/10002"));
        roles.put("Developers", links.api("project/" + project.id() + "/role/10001"));
        roles.put("Users", links.api("project/" + project.id() + "/role/10000"));
        return json;
    }

    /** A field of {@code GET /field}; the schema names the system field or the custom type. */
    ObjectNode field(SimField field) {
        ObjectNode json = Json.object();
        json.put("id", field.id());
        json.put("name", field.name());
        json.put("custom", field.custom());
        json.put("orderable", field.orderable());
        json.put("navigable", field.navigable());
        json.put("searchable", field.searchable());
        json.set("clauseNames", Json.strings(field.clauseNames()));
        if (field.schemaType() != null) {
            json.set("schema", schema(field));
        }
        return json;
    }

    ObjectNode schema(SimField field) {
        ObjectNode schema = Json.object();
        schema.put("type", field.schemaType());
        if (field.schemaItems() != null) {
            schema.put("items", field.schemaItems());
        }
        if (field.custom()) {
            schema.put("custom", field.schemaCustom());
            schema.put("customId", field.customId());
        } else {
            schema.put("system", field.id());
        }
        return schema;
    }
}
