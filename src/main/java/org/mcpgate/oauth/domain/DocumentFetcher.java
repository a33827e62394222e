package org.mcpgate.oauth.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.mcpgate.atlassian.tls.ServerTrust;

/**
 * One GET of a Client ID Metadata Document, bounded every way a hostile server could stretch it: connect and total
 * time, body size (counted as it arrives, so a lying or missing Content-Length does not matter), and no redirects.
 * It fetches the URL it is given; deciding whether that URL may be fetched is {@link ClientMetadataDocuments}'s job.
 */
final class DocumentFetcher {

    static final int MAX_BYTES = 64 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final Duration timeout;

    DocumentFetcher(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /**
     * A client trusting what the server trusts for outbound TLS (on Open Liberty its default outbound SSL
     * configuration, with the CAs an admin added; not the JVM's own trust store, which Liberty leaves alone), a 3 s
     * connect timeout and redirects refused.
     */
    static HttpClient defaultClient() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, ServerTrust.forOutbound("", 443).trustManagers(), null);
            return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                    .sslContext(tls).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS context", e);
        }
    }

    /**
     * Fetches the document; the body is read only for a 200.
     *
     * @throws OAuthError {@code invalid_client} saying why nothing usable came back
     */
    FetchedDocument fetch(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, DocumentFetcher::body);
        try {
            HttpResponse<byte[]> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new FetchedDocument(response.statusCode(), header(response, "content-type"),
                    header(response, "cache-control"), new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw failed(url, "did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw failed(url, "could not be fetched: interrupted");
        } catch (ExecutionException e) {
            throw failed(url, why(e.getCause()));
        }
    }

    private static String why(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return "is larger than " + MAX_BYTES / 1024 + " KiB";
            }
            if (cause instanceof HttpTimeoutException) {
                return "did not answer in time (" + cause.getMessage() + ")";
            }
            if (cause instanceof ConnectException) {
                return "could not be reached (connection refused or unreachable)";
            }
            if (cause instanceof SSLException) {
                return "could not be fetched: TLS failed (" + cause.getMessage() + ")";
            }
        }
        return "could not be fetched (" + failure.getClass().getSimpleName() + ")";
    }

    private static BodySubscriber<byte[]> body(ResponseInfo info) {
        if (info.statusCode() != 200) {
            return new LimitedBody(0, false);
        }
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        return declared > MAX_BYTES ? new LimitedBody(0, true) : new LimitedBody(MAX_BYTES, false);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static OAuthError failed(URI url, String why) {
        return new OAuthError(OAuthError.INVALID_CLIENT, "The client metadata document at "
                + Quoted.of(url.toString()) + " " + why + ".");
    }

    /** The body was (or was announced as) larger than {@link #MAX_BYTES}. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body larger than " + MAX_BYTES + " bytes", null);
        }
    }

    /**
     * Collects at most {@code limit} bytes and cancels the stream past that; with a limit of 0 it reads nothing and
     * completes at once, empty or (when {@code tooLarge}) failed.
     */
    private static final class LimitedBody implements BodySubscriber<byte[]> {

        private final int limit;
        private final boolean tooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(int limit, boolean tooLarge) {
            this.limit = limit;
            this.tooLarge = tooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (tooLarge) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else if (limit == 0) {
                s.cancel();
                result.complete(new byte[0]);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
