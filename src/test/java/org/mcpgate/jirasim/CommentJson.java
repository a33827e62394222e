package org.mcpgate.jirasim;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Comments, alone (CommentJsonBean) and as the paginated list of the comment field and endpoint. */
final class CommentJson {
    private final Links links;
    private final JiraCatalog catalog;
    private final UserJson users;
    private final WikiRenderer renderer;

    CommentJson(Links links, JiraCatalog catalog, WikiRenderer renderer) {
        this.links = links;
        this.catalog = catalog;
        this.users = new UserJson(links);
        this.renderer = renderer;
    }

    /**
     * @param renderBody put HTML in {@code body} itself (for renderedFields)
     * @param addRenderedBody add {@code renderedBody} beside the wiki body ({@code expand=renderedBody})
     */
    ObjectNode comment(SimIssue issue, SimComment comment, boolean renderBody, boolean addRenderedBody) {
        ObjectNode json = Json.object();
        json.put("self", links.api("issue/" + issue.id + "/comment/" + comment.id));
        json.put("id", comment.id);
        catalog.user(comment.author).ifPresent(u -> json.set("author", users.brief(u)));
        json.put("body", renderBody ? renderer.render(comment.body) : comment.body);
        if (addRenderedBody) {
            json.put("renderedBody", renderer.render(comment.body));
        }
        catalog.user(comment.updateAuthor).ifPresent(u -> json.set("updateAuthor", users.brief(u)));
        json.put("created", renderBody ? JiraTime.rendered(comment.created) : JiraTime.format(comment.created));
        json.put("updated", renderBody ? JiraTime.rendered(comment.updated) : JiraTime.format(comment.updated));
        if (comment.visibility != null) {
            json.set("visibility", comment.visibility.deepCopy());
        }
        return json;
    }

    /** {@code {"comments":[...],"maxResults","total","startAt"}} over a page of the issue's comments. */
    ObjectNode page(SimIssue issue, List<SimComment> all, int startAt, int maxResults, boolean rendered,
            boolean addRenderedBody) {
        ObjectNode json = Json.object();
        ArrayNode comments = json.putArray("comments");
        int from = Math.min(Math.max(startAt, 0), all.size());
        int to = Math.min(all.size(), from + Math.max(maxResults, 0));
        all.subList(from, to).forEach(c -> comments.add(comment(issue, c, rendered, addRenderedBody)));
        json.put("maxResults", to - from);
        json.put("total", all.size());
        json.put("startAt", from);
        return json;
    }
}
