package io.github.sponsorsdk.sms.testkit.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.server.internal.Api;
import io.github.sponsorsdk.sms.testkit.server.internal.DashboardPage;
import io.github.sponsorsdk.sms.testkit.server.internal.EventFeed;
import io.github.sponsorsdk.sms.testkit.server.internal.Endpoint;
import io.github.sponsorsdk.sms.testkit.server.internal.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory SMS as an HTTP server, for test suites in any language and for suites that run the system under test
 * in its own process (WireMock's standalone form, Moto's server mode). One server serves one {@link InMemorySms}:
 * the same object a JVM test can keep using in process.
 *
 * <pre>{@code
 * InMemorySms sms = InMemorySms.startingOn(LocalDate.of(2026, 3, 2));
 * try (SmsServer server = SmsServer.start(sms, 0)) {          // 0: any free port
 *   HttpSms client = HttpSms.connect(server.uri());            // the port, over HTTP
 *   ...
 * }
 * }</pre>
 *
 * <p>Routes: the sponsor side under {@code /api} (the port, session token as {@code Authorization: Bearer}), the
 * Home Office side under {@code /api/home-office}, inspection and control under {@code /api/control}; JSON is the
 * SDK values' Jackson form; every error is {@code application/problem+json}; a refusal by the SMS is a 4xx whose
 * {@code decision} holds the reasons with their qualified codes. A dashboard for a person, at {@code /}: an HTML
 * page of licences, users, certificates, allocation, duties, outbox and audit trail that refreshes itself while open.
 * See the README's server section and {@code docs/decisions/0640-standalone-server.md}.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} (module {@code jdk.httpserver}): no dependency. Binds
 * {@code 127.0.0.1} unless {@link Builder#bind} names another address: the fake has no authentication worth the
 * name and must not be reachable from a network by accident.
 */
public final class SmsServer implements AutoCloseable {
  /** The request body limit by default (a BDT file of some thousand records fits). */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer http;
  private final ExecutorService executor;
  private final Router router;
  private final InMemorySms sms;

  private SmsServer(HttpServer http, ExecutorService executor, Router router, InMemorySms sms) {
    this.http = http;
    this.executor = executor;
    this.router = router;
    this.sms = sms;
  }

  /**
   * Starts a server over {@code sms} on {@code 127.0.0.1:port}.
   *
   * @param sms the fake to serve
   * @param port the TCP port, or 0 for any free port (read it back with {@link #port()})
   * @return the running server; close it to stop
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static SmsServer start(InMemorySms sms, int port) {
    return builder(sms).port(port).start();
  }

  /**
   * A builder for a server over {@code sms} with other settings (address, body limit, threads).
   *
   * @param sms the fake to serve
   * @return a builder
   */
  public static Builder builder(InMemorySms sms) {
    return new Builder(Objects.requireNonNull(sms, "sms"));
  }

  /** @return the TCP port the server listens on */
  public int port() {
    return http.getAddress().getPort();
  }

  /** @return the server's base address, e.g. {@code http://127.0.0.1:8089/} */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** @return the fake this server serves */
  public InMemorySms sms() {
    return sms;
  }

  /** The route table itself (the OpenAPI document is generated from it by the tests). */
  List<Endpoint> endpoints() {
    return router.routes();
  }

  /** @return "METHOD /path/{param}" of every route the server answers, in declaration order */
  public List<String> routes() {
    return router.routes().stream().map(r -> r.method() + " " + r.template()).collect(
        java.util.stream.Collectors.toList());
  }

  /** Stops accepting requests, lets those in flight finish (up to one second) and releases the port. */
  @Override
  public void close() {
    http.stop(1);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** The settings of a server; {@link #start()} binds and starts it. */
  public static final class Builder {
    private final InMemorySms sms;
    private int port;
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    private java.util.Optional<Router.Observer> observer = java.util.Optional.empty();

    private Builder(InMemorySms sms) {
      this.sms = sms;
    }

    /**
     * @param port the TCP port, 0 for any free port (the default)
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * @param address the interface to listen on; {@code 127.0.0.1} by default. {@code 0.0.0.0} exposes the fake
     *     to every network the machine is on.
     * @return this builder
     */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * @param bytes the largest request body accepted (413 above it); {@link #DEFAULT_MAX_BODY_BYTES} by default
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, was " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * @param count the request threads (a long poll holds one); twice the processors, at least 4, by default
     * @return this builder
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be positive, was " + count);
      }
      this.threads = count;
      return this;
    }

    /** The tests' view of every exchange (the OpenAPI schema check); package-private, not part of the API. */
    Builder observer(Router.Observer seeing) {
      this.observer = java.util.Optional.of(seeing);
      return this;
    }

    /**
     * Binds and starts the server.
     *
     * @return the running server
     * @throws UncheckedIOException when the address cannot be bound
     */
    public SmsServer start() {
      ObjectMapper mapper = mapper();
      List<Endpoint> routes = new java.util.ArrayList<>(new Api(sms, mapper, new EventFeed(sms)).routes());
      routes.addAll(DashboardPage.routes(sms));
      Router router = new Router(routes, mapper, maxBodyBytes, observer);
      // Without TCP_NODELAY the JDK server's small answers wait on Nagle and delayed ACK: ~40 ms per request on a
      // kept-alive connection (measured: 56 against 336 requests/s under the same load). Read once per JVM, when
      // the first JDK HttpServer starts; a value the caller set is kept.
      if (System.getProperty(NODELAY) == null) {
        System.setProperty(NODELAY, "true");
      }
      HttpServer http;
      try {
        http = HttpServer.create(new InetSocketAddress(bind, port), 128);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot bind " + bind.getHostAddress() + ":" + port, e);
      }
      AtomicInteger n = new AtomicInteger();
      ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "sms-server-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      http.setExecutor(executor);
      http.createContext("/", router);
      http.start();
      return new SmsServer(http, executor, router, sms);
    }
  }

  /** The server's mapper: the testkit's settings, with scalar coercion off so that a wrong JSON type is a 400. */
  static ObjectMapper mapper() {
    return JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }
}
