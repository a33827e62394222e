package org.mcpgate.oauth.endpoint;

import java.time.Instant;
import java.util.Optional;
import org.mcpgate.atlassian.Json;
import org.mcpgate.oauth.domain.AuthorizationRequest;
import org.mcpgate.oauth.domain.Signer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checked authorization request, carried by the consent form signed, so that nothing is stored before the
 * person consents. It is bound to the browser (the hash of its binding cookie) and expires.
 */
record ConsentTicket(AuthorizationRequest request, String bindingHash, Instant expiresAt) {

    String sign(Signer signer) {
        ObjectNode node = Json.object();
        node.put("client_id", request.clientId());
        node.put("redirect_uri", request.redirectUri());
        node.put("scope", request.scope());
        request.state().ifPresent(state -> node.put("state", state));
        node.put("code_challenge", request.codeChallenge());
        node.put("resource", request.resource());
        node.put("binding", bindingHash);
        node.put("exp", expiresAt.getEpochSecond());
        return signer.sign(Json.write(node));
    }

    /** The ticket, if its signature holds; expiry and binding are the caller's checks. */
    static Optional<ConsentTicket> open(Signer signer, String signed) {
        return signer.open(signed).map(Json::parse).map(node -> new ConsentTicket(new AuthorizationRequest(
                text(node, "client_id"), text(node, "redirect_uri"), text(node, "scope"),
                Optional.ofNullable(node.get("state")).map(JsonNode::asString), text(node, "code_challenge"),
                text(node, "resource")), text(node, "binding"), Instant.ofEpochSecond(node.path("exp").asLong())));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asString();
    }
}
