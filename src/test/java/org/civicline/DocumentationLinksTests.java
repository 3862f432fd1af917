package org.civicline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link in the READMEs and in {@code docs/} leads somewhere on a fresh clone: a file
 * or folder of the project (never outside it, where a city's machine has nothing) and,
 * for a {@code #fragment}, a heading that exists in the target, named the way GitHub
 * names its anchors. Links to the web are only checked for their form: the build has no
 * internet.
 */
class DocumentationLinksTests {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	private static final Pattern LINK = Pattern
		.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

	@Test
	void everyLinkOfTheReadmeAndTheDocsResolves() throws IOException {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path document : documents()) {
			for (String target : links(document)) {
				checked++;
				String problem = problem(document, target);
				if (problem != null) {
					broken.add(PROJECT.relativize(document) + ": " + target + " (" + problem + ")");
				}
			}
		}
		assertThat(checked).as("links checked").isGreaterThan(20);
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void theReadmeStaysAFiveMinuteRead() throws IOException {
		assertThat(Files.readAllLines(PROJECT.resolve("README.md"))).as("README.md lines")
			.hasSizeLessThanOrEqualTo(160);
	}

	@Test
	void anchorsAreNamedTheWayGitHubNamesThem() {
		assertThat(anchors(List.of("## Run and test", "## SMS on Twilio", "### `civicline.sms.*` settings",
				"## Privacy and data", "## Run and test")))
			.containsExactlyInAnyOrder("run-and-test", "sms-on-twilio", "civiclinesms-settings", "privacy-and-data",
					"run-and-test-1");
	}

	@Test
	void aLinkInsideCodeIsNotALink() {
		assertThat(linksIn(List.of("```", "[not](a-link.md)", "```", "see `[nor](this.md)` but [this](one.md)")))
			.containsExactly("one.md");
	}

	private static List<Path> documents() throws IOException {
		List<Path> documents = new ArrayList<>(
				List.of(PROJECT.resolve("README.md"), PROJECT.resolve("docker").resolve("README.md")));
		Path docs = PROJECT.resolve("docs");
		if (Files.isDirectory(docs)) {
			try (Stream<Path> files = Files.walk(docs)) {
				files.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
			}
		}
		return documents;
	}

	private static List<String> links(Path document) throws IOException {
		return linksIn(Files.readAllLines(document));
	}

	static List<String> linksIn(List<String> lines) {
		List<String> links = new ArrayList<>();
		boolean inCode = false;
		for (String line : lines) {
			if (line.stripLeading().startsWith("```")) {
				inCode = !inCode;
				continue;
			}
			if (inCode) {
				continue;
			}
			Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
			while (link.find()) {
				links.add(link.group(1));
			}
		}
		return links;
	}

	private static String problem(Path document, String target) throws IOException {
		if (target.matches("(?i)(https?|mailto):.*")) {
			return target.matches("(?i)(https?://[\\w.-]+(:\\d+)?(/\\S*)?|mailto:\\S+@\\S+)") ? null : "malformed";
		}
		int hash = target.indexOf('#');
		String file = (hash < 0) ? target : target.substring(0, hash);
		String fragment = (hash < 0) ? null : target.substring(hash + 1);
		Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
		if (!resolved.startsWith(PROJECT)) {
			return "outside the project";
		}
		if (!Files.exists(resolved)) {
			return "no such file";
		}
		if (fragment != null && !fragment.isEmpty()) {
			if (!resolved.toString().endsWith(".md")) {
				return "an anchor in a file that is not Markdown";
			}
			if (!anchors(Files.readAllLines(resolved)).contains(fragment)) {
				return "no heading with that anchor";
			}
		}
		return null;
	}

	/**
	 * GitHub's anchors: lower case, punctuation dropped, spaces as hyphens, repeats
	 * numbered.
	 */
	static Set<String> anchors(List<String> lines) {
		Set<String> anchors = new LinkedHashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean inCode = false;
		for (String line : lines) {
			if (line.stripLeading().startsWith("```")) {
				inCode = !inCode;
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (inCode || !heading.matches()) {
				continue;
			}
			String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
			String anchor = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
			int repeat = seen.merge(anchor, 1, Integer::sum) - 1;
			anchors.add((repeat == 0) ? anchor : anchor + "-" + repeat);
		}
		return anchors;
	}

}
