package caravan.bench;

import caravan.App;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load test of a running server, as wrk would run it: {@code connections} keep-alive
 * connections, each sending its next GET as soon as the last answer is read, first for a warm-up,
 * then for the timed seconds, one target after the other. Each target is reported beside the static
 * CSS file of the same server measured in the same run (the baseline), with the server's resident
 * memory when its process id is known. Requests say {@code Accept-Encoding: gzip}, as a browser
 * does; responses are read whole (chunked or by length) and never kept.
 */
public final class LoadBench {
  /** One page or API answer to load: a name for the table and its path with query. */
  public record Target(String name, String path) {}

  /** What the bench found for one target. */
  public record Result(
      Target target, long requests, long errors, double seconds, double p50, double p99) {
    double perSecond() {
      return requests / seconds;
    }
  }

  public static final List<Target> TARGETS =
      List.of(
          new Target("static CSS file (baseline)", "/caravan.css"),
          new Target("dashboard page KAZ-IRN", "/pairs/KAZ-IRN"),
          new Target("stated profile API", "/api/v1/pairs/KAZ-IRN/profile"),
          new Target("agreements list page", "/registry/agreements"),
          new Target("agreements list API", "/api/v1/registry/agreements"),
          new Target(
              "registry search API",
              "/api/v1/registry/search?q=" + URLEncoder.encode("Каспий", StandardCharsets.UTF_8)));

  private final PrintStream out;
  private final boolean uncached;

  public LoadBench(PrintStream out) {
    this(out, false);
  }

  /**
   * With {@code uncached}, each request adds a parameter of its own ({@code _=N}) to the query, so
   * no cache can answer it: the cost of computing every answer, and a check that the server's
   * memory stays bounded while its cache meets ever new keys.
   */
  public LoadBench(PrintStream out, boolean uncached) {
    this.out = out;
    this.uncached = uncached;
  }

  /**
   * Loads the server at {@code url}; with {@code url} null, starts {@code caravan serve} itself on
   * a fresh data directory under {@code dir} (its heap as the launcher sets it, or as {@code
   * CARAVAN_JAVA_OPTS} says) and stops it after. {@code pid} (0: unknown) names the server's
   * process for its memory when the bench did not start it.
   */
  public List<Result> run(
      String url,
      long pid,
      Path dir,
      int connections,
      double warmupSeconds,
      double seconds,
      List<String> only)
      throws Exception {
    Process started = null;
    try {
      if (url == null) {
        started = startServer(dir);
        url = "http://127.0.0.1:" + port(dir);
        pid = started.pid();
      }
      URI base = URI.create(url);
      Rss rss = new Rss(pid);
      rss.start();
      out.printf(
          "load: %d connections, %.0f s warm-up then %.0f s per target, against %s%s%n",
          connections,
          warmupSeconds,
          seconds,
          url,
          pid > 0 ? " (server pid " + pid + ")" : " (server pid unknown: no memory figures)");
      List<Target> targets = new ArrayList<>();
      for (Target t : TARGETS) {
        if (targets.isEmpty() || only == null || only.isEmpty() || selected(t, only))
          targets.add(t);
      }
      // every target warmed up first, so that the baseline, timed first, is as warm as the rest
      for (Target t : targets) load(base, t, connections, warmupSeconds);
      List<Result> results = new ArrayList<>();
      for (Target t : targets) {
        rss.reset();
        Result r = load(base, t, connections, seconds);
        results.add(r);
        double ratio = r.perSecond() / results.get(0).perSecond();
        out.printf(
            Locale.ROOT,
            "  %-28s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  ratio to static %5.2f  errors %d%s%n",
            t.name(),
            r.perSecond(),
            r.p50(),
            r.p99(),
            ratio,
            r.errors(),
            pid > 0 ? String.format(Locale.ROOT, "  RSS max %.0f MB", rss.maxMb()) : "");
      }
      // the baseline again: how much the machine's load moved during the run
      Result again = load(base, targets.get(0), connections, seconds);
      out.printf(
          Locale.ROOT,
          "  %-28s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  (the baseline again, at the end)%n",
          "static CSS file, again",
          again.perSecond(),
          again.p50(),
          again.p99());
      if (pid > 0) {
        out.printf(
            Locale.ROOT,
            "  server resident memory: now %.0f MB, highest seen %.0f MB (goal < 512 MB)%n",
            rss.nowMb(),
            rss.everMb());
      }
      out.println(
          "  goals (ratios to the static file in this run): dashboard >= 0.5 with p99 < 100 ms;"
              + " profile API, registry lists and search >= 0.7");
      rss.stopReading();
      return results;
    } finally {
      if (started != null) {
        started.destroy();
        started.waitFor();
      }
    }
  }

  private static boolean selected(Target t, List<String> only) {
    for (String o : only) {
      if (t.name().toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Runs {@code connections} closed loops on {@code target} for {@code seconds}. */
  Result load(URI base, Target target, int connections, double seconds) throws Exception {
    String rest =
        " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nAccept-Encoding: gzip\r\nAccept: */*\r\nUser-Agent: caravan-bench\r\n\r\n";
    // the baseline is the static file as browsers fetch it: never varied
    boolean vary = uncached && !target.equals(TARGETS.get(0));
    String path = target.path() + (vary ? (target.path().contains("?") ? "&_=" : "?_=") : "");
    AtomicLong counter = new AtomicLong();
    Histogram all = new Histogram();
    AtomicLong errors = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(connections);
    long t0 = System.nanoTime();
    for (int i = 0; i < connections; i++) {
      Thread th =
          new Thread(
              () -> {
                Histogram mine = new Histogram();
                try {
                  loop(base, path, vary ? counter : null, rest, stop, mine, errors);
                } finally {
                  all.add(mine);
                  done.countDown();
                }
              },
              "load-" + i);
      th.setDaemon(true);
      th.start();
    }
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    done.await();
    return new Result(
        target, all.count(), errors.get(), elapsed, all.percentile(50), all.percentile(99));
  }

  private static void loop(
      URI base,
      String path,
      AtomicLong counter,
      String rest,
      AtomicBoolean stop,
      Histogram h,
      AtomicLong errors) {
    byte[] fixed = ("GET " + path + rest).getBytes(StandardCharsets.UTF_8);
    while (!stop.get()) {
      try (Socket s = new Socket()) {
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        s.setSoTimeout(30_000);
        OutputStream o = s.getOutputStream();
        InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
        while (!stop.get()) {
          byte[] request =
              counter == null
                  ? fixed
                  : ("GET " + path + counter.incrementAndGet() + rest)
                      .getBytes(StandardCharsets.UTF_8);
          long t = System.nanoTime();
          o.write(request);
          o.flush();
          int status = readResponse(in);
          // a request still out when the clock stops is not counted
          if (stop.get()) break;
          h.record(System.nanoTime() - t);
          if (status < 200 || status >= 400) errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      }
    }
  }

  /** Reads one HTTP/1.1 response whole and returns its status. */
  static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    if (status == null) throw new IOException("connection closed");
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
      String lower = l.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) length = Long.parseLong(l.substring(15).trim());
      if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
    }
    if (chunked) {
      while (true) {
        String size = line(in);
        if (size == null) throw new IOException("connection closed in a chunk");
        int semi = size.indexOf(';');
        long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        if (n == 0) {
          for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            // trailers
          }
          break;
        }
        skip(in, n);
        line(in);
      }
    } else if (length > 0) {
      skip(in, length);
    }
    return code;
  }

  private static void skip(InputStream in, long n) throws IOException {
    while (n > 0) {
      long k = in.skip(n);
      if (k <= 0) {
        if (in.read() < 0) throw new IOException("connection closed in a body");
        k = 1;
      }
      n -= k;
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') sb.setLength(len - 1);
        return sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private Process startServer(Path dir) throws Exception {
    Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path data = dir.resolve("load-data");
    Files.createDirectories(data);
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Files.writeString(dir.resolve("load-port"), String.valueOf(port));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getenv("CARAVAN_JAVA_OPTS");
    // the launcher's default heap, unless the caller sets the JVM's options as for the launcher
    if (opts == null || opts.isBlank()) cmd.add("-Xmx192m");
    else cmd.addAll(List.of(opts.trim().split("\\s+")));
    if (jar.toString().endsWith(".jar")) {
      cmd.addAll(List.of("-jar", jar.toString()));
    } else {
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), App.class.getName()));
    }
    cmd.addAll(
        List.of(
            "--data-dir", data.toString(), "serve", "--port", "" + port, "--host", "127.0.0.1"));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("load-server.log").toFile())
            .start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        s.getOutputStream()
            .write(
                ("GET /caravan.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        if (readResponse(new BufferedInputStream(s.getInputStream())) == 200) break;
      } catch (IOException notYet) {
        if (!p.isAlive()) {
          throw new IOException(
              "caravan serve exited with "
                  + p.exitValue()
                  + ": see "
                  + dir.resolve("load-server.log"));
        }
        if (System.nanoTime() > deadline) throw new IOException("caravan serve did not start");
        Thread.sleep(100);
      }
    }
    return p;
  }

  private static int port(Path dir) throws IOException {
    return Integer.parseInt(Files.readString(dir.resolve("load-port")).trim());
  }

  /** Latencies in buckets 2 % wide from 1 µs to about 100 s: a fixed size, whatever the count. */
  static final class Histogram {
    private static final double BASE = Math.log(1.02);
    private final long[] counts = new long[1000];
    private long n;

    void record(long nanos) {
      double us = Math.max(1, nanos / 1000.0);
      counts[(int) Math.min(counts.length - 1, Math.log(us) / BASE)]++;
      n++;
    }

    synchronized void add(Histogram other) {
      for (int i = 0; i < counts.length; i++) counts[i] += other.counts[i];
      n += other.n;
    }

    long count() {
      return n;
    }

    /** The percentile in milliseconds (a bucket's upper edge). */
    double percentile(double p) {
      long want = (long) Math.ceil(p / 100 * n);
      long seen = 0;
      for (int i = 0; i < counts.length; i++) {
        seen += counts[i];
        if (seen >= want && seen > 0) return Math.exp((i + 1) * BASE) / 1000.0;
      }
      return 0;
    }
  }

  /** The server's resident memory, read from /proc every 200 ms while the bench runs. */
  private static final class Rss extends Thread {
    private final long pid;
    private volatile long now;
    private volatile long max;
    private volatile long ever;
    private volatile boolean running = true;

    Rss(long pid) {
      super("rss");
      this.pid = pid;
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running && pid > 0) {
        now = read();
        max = Math.max(max, now);
        ever = Math.max(ever, now);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private long read() {
      try {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        }
      } catch (IOException | RuntimeException e) {
        // the process is gone or /proc is not there: no figure
      }
      return 0;
    }

    void reset() {
      max = now;
    }

    double maxMb() {
      return max / 1e6;
    }

    double nowMb() {
      return read() / 1e6;
    }

    double everMb() {
      return ever / 1e6;
    }

    void stopReading() {
      running = false;
    }
  }
}
