package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.Secrets;
import org.mcpgate.oauth.domain.Signer;
import org.mcpgate.oauth.domain.UpstreamSignIn;

/**
 * The person's answer on the consent page. It counts only from the browser that opened the authorization: the form
 * must carry the CSRF token derived from that browser's binding cookie, and the signed request bound to it.
 */
@RequestScoped
@Path("/consent")
public class ConsentEndpoint {

    private static final Logger LOG = Logger.getLogger(ConsentEndpoint.class.getName());

    @Inject
    UpstreamSignIn signIn;

    @Inject
    ProxySettings settings;

    @Inject
    Signer signer;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    /** The CSRF token of a browser: a MAC of its binding cookie, so it needs no storage and cannot be guessed. */
    static String csrf(Signer signer, String binding) {
        return signer.mac("csrf|" + binding);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(MultivaluedMap<String, String> form) {
        BrowserCookies cookies = new BrowserCookies(settings);
        Optional<String> binding = cookies.read(headers, cookies.bindingName());
        if (binding.isEmpty()) {
            return refuse("This consent page was opened in another browser, or its cookie was blocked. Start the"
                    + " sign-in again from your MCP client, in this browser.");
        }
        if (!Secrets.same(form.getFirst("csrf"), csrf(signer, binding.get()))) {
            return refuse("The consent form is missing its security token or comes from elsewhere. Start the"
                    + " sign-in again from your MCP client.");
        }
        Optional<ConsentTicket> ticket = Optional.ofNullable(form.getFirst("ticket"))
                .flatMap(t -> ConsentTicket.open(signer, t));
        if (ticket.isEmpty() || !Secrets.same(ticket.get().bindingHash(), Secrets.hash(binding.get()))) {
            return refuse("This consent page belongs to another browser. Start the sign-in again from your MCP"
                    + " client, in this browser.");
        }
        if (ticket.get().expiresAt().isBefore(clock.instant())) {
            return ProxyPages.error(400, "This consent page has expired. Start the sign-in again from your MCP"
                    + " client.");
        }
        String target = "approve".equals(form.getFirst("decision"))
                ? signIn.begin(ticket.get().request(), ticket.get().bindingHash())
                : signIn.denied(ticket.get().request());
        return Response.seeOther(URI.create(target)).header("Cache-Control", "no-store").build();
    }

    private Response refuse(String message) {
        LOG.warning(() -> "OAuth proxy: a consent was refused: " + message);
        return ProxyPages.error(403, message);
    }
}
