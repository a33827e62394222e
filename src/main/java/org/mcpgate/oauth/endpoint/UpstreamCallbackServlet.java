package org.mcpgate.oauth.endpoint;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.mcpgate.config.ProxySettings;
import org.mcpgate.oauth.domain.Signer;
import org.mcpgate.oauth.domain.UnsafeRedirect;
import org.mcpgate.oauth.domain.UpstreamSignIn;

/**
 * Where Atlassian sends the person back (the path of ATLASSIAN_OAUTH_REDIRECT_URI, mapped at startup since an admin
 * chooses it). Only the browser that consented can complete the sign-in; then the MCP client gets its code.
 */
public final class UpstreamCallbackServlet extends HttpServlet {

    private final UpstreamSignIn signIn;
    private final ProxySettings settings;
    private final Signer signer;
    private final Clock clock = Clock.systemUTC();

    public UpstreamCallbackServlet(UpstreamSignIn signIn, ProxySettings settings, Signer signer) {
        this.signIn = signIn;
        this.settings = settings;
        this.signer = signer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BrowserCookies cookies = new BrowserCookies(settings);
        response.setHeader("Cache-Control", "no-store");
        UpstreamSignIn.Completed completed;
        try {
            completed = signIn.complete(request.getParameter("state"), request.getParameter("code"),
                    request.getParameter("error"), cookie(request, cookies.bindingName()).orElse(null));
        } catch (UnsafeRedirect e) {
            response.setStatus(400);
            ProxyPages.HEADERS.forEach(response::setHeader);
            response.setContentType(ProxyPages.HTML);
            response.getWriter().write(ProxyPages.errorHtml(e.getMessage()));
            return;
        }
        completed.subject().ifPresent(subject -> response.addHeader("Set-Cookie", cookies.set(cookies.personName(),
                signer.sign(clock.instant().plus(BrowserCookies.PERSON_LIFETIME).getEpochSecond() + "|" + subject),
                BrowserCookies.PERSON_LIFETIME)));
        response.sendRedirect(completed.redirect());
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }
}
