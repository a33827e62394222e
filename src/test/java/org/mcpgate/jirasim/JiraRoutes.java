package org.mcpgate.jirasim;

/** Every Jira operation the simulator serves, registered in one place (the contract test walks this table). */
final class JiraRoutes {
    private JiraRoutes() {
    }

    static Router build(JiraStore store, Links links) {
        Router router = new Router();
        new SystemEndpoints(store, links).register(router);
        new MetadataEndpoints(store, links).register(router);
        new CreateMetaEndpoints(store, links).register(router);
        new SearchEndpoint(store, links).register(router);
        new IssueEndpoints(store, links).register(router);
        new CommentEndpoints(store, links).register(router);
        new TransitionEndpoints(store, links).register(router);
        return router;
    }
}
