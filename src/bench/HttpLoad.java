import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What src/bench/load.sh needs beyond wrk, from the JDK alone (run it with {@code java
 * src/bench/HttpLoad.java}). Every message differs, so no cache helps.
 *
 * <pre>
 * soak BASE SECONDS CONNECTIONS RATE PID
 *     analyze at a fixed rate for SECONDS, printing throughput, p99 and the server's
 *     resident memory every minute
 * sign URL COUNT TWILIO_TOKEN
 *     COUNT different Twilio webhook bodies for URL, each with its signature after a tab,
 *     one per line, for src/bench/twilio.lua (wrk)
 * </pre>
 */
public class HttpLoad {

	static final String[] PLACES = { "main st", "5th ave", "elm st", "harbor road", "pine and 3rd", "maple ave",
			"college street", "the library" };

	static final String[] MESSAGES = { "a pothole swallowed my tire on %d %s", "what night is recycling on %s",
			"someone dumped a couch by %d %s", "the street light at %d %s keeps flickering",
			"how much is a residential parking permit on %s", "barking dog all night at %d %s",
			"where do i drop off old batteries near %s", "graffiti on the wall of %d %s",
			"is the pool near %s open on sundays", "the sidewalk is cracked and lifting at %d %s",
			"who do i call about a dead tree on %s", "car blocking my driveway at %d %s since monday" };

	public static void main(String[] args) throws Exception {
		if (args.length == 6 && "soak".equals(args[0])) {
			soak(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Double.parseDouble(args[4]),
					Long.parseLong(args[5]));
		}
		else if (args.length == 4 && "sign".equals(args[0])) {
			for (int i = 0; i < Integer.parseInt(args[2]); i++) {
				String[] signed = signedTwilioBody(args[1], args[3]);
				System.out.println(signed[0] + "\t" + signed[1]);
			}
		}
		else {
			System.err.println("usage: soak BASE SECONDS CONNECTIONS RATE PID | sign URL COUNT TWILIO_TOKEN");
			System.exit(2);
		}
	}

	static void soak(String base, int seconds, int connections, double rate, long pid) throws Exception {
		System.out.printf("soak: %d s at %.0f requests/s on %d connections; server pid %d%n", seconds, rate,
				connections, pid);
		for (int minute = 0; minute * 60 < seconds; minute++) {
			run(String.format("minute %2d", minute + 1), () -> analyze(base),
					Math.min(60, seconds - minute * 60), connections, rate);
			System.out.printf("           resident memory %d MB%n", residentMegabytes(pid));
		}
	}

	static HttpRequest analyze(String base) {
		String text = message().replace("\"", "'");
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"))
			.build();
	}

	/** A message as Twilio posts it, from a random number: the form body and its signature. */
	static String[] signedTwilioBody(String url, String token) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Map<String, String> form = new TreeMap<>();
		form.put("AccountSid", "AC" + "0".repeat(32));
		form.put("MessageSid", "SM" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
		form.put("From", "+1555" + String.format("%07d", random.nextInt(10_000_000)));
		form.put("To", "+15550000311");
		form.put("Body", message());
		StringBuilder signed = new StringBuilder(url);
		StringBuilder body = new StringBuilder();
		form.forEach((key, value) -> {
			signed.append(key).append(value);
			body.append(body.isEmpty() ? "" : "&").append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return new String[] { body.toString(), hmacSha1(token, signed.toString()) };
	}

	static String message() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String template = MESSAGES[random.nextInt(MESSAGES.length)];
		String place = PLACES[random.nextInt(PLACES.length)];
		return template.contains("%d") ? String.format(template, random.nextInt(1, 10_000), place)
				: String.format(template, place);
	}

	/** {@code rate} 0: as fast as the connections go. */
	static void run(String name, Supplier<HttpRequest> requests, int seconds, int connections, double rate)
			throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		long interval = (rate > 0) ? (long) (1e9 * connections / rate) : 0;
		for (int c = 0; c < connections; c++) {
			long[] mine = new long[500_000];
			latencies.add(mine);
			Thread thread = new Thread(() -> {
				int n = 0;
				long next = System.nanoTime();
				while (System.nanoTime() < end && n < mine.length - 1) {
					if (interval > 0) {
						long wait = next - System.nanoTime();
						if (wait > 0) {
							try {
								Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
							}
							catch (InterruptedException ex) {
								return;
							}
						}
						next += interval;
					}
					long sent = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(requests.get(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() >= 300) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					mine[++n] = System.nanoTime() - sent;
				}
				mine[0] = n;
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = latencies.stream().flatMapToLong((l) -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
		System.out.printf("%-28s %8.0f requests/s   p50 %6.1f ms   p99 %6.1f ms   errors %d   (%s)%n", name,
				all.length / elapsed, percentile(all, 0.50), percentile(all, 0.99), errors.get(),
				LocalTime.now().truncatedTo(ChronoUnit.SECONDS));
	}

	static double percentile(long[] sorted, double q) {
		return (sorted.length == 0) ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
	}

	static long residentMegabytes(long pid) throws Exception {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
			}
		}
		return -1;
	}

	static String hmacSha1(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
