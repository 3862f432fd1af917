package org.civicline.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedFilesTests {

	private static final List<String> TEXTS = List.of("faq-corpus/trash-day.md", "faq-corpus/bulky-items.md",
			"faq-corpus/es/trash-day.md", "intents/not_emergency.txt", "intents/faq.txt", "intents/report/pothole.txt",
			"intents/report/noise.txt", "intents/es/report/pothole.txt", "other/notes.md");

	private static final List<String> PATTERNS = List.of("classpath:faq-corpus/*.md", "classpath:faq-corpus/es/*.md",
			"classpath:intents/*.txt", "classpath:intents/report/*.txt", "classpath:intents/es/*.txt",
			"classpath:intents/es/report/*.txt", "classpath:faq-corpus/**", "classpath:other/*.md");

	@TempDir
	Path folder;

	private Path classes;

	@BeforeEach
	void writeTheTexts() throws IOException {
		this.classes = this.folder.resolve("classes");
		for (String text : TEXTS) {
			Path file = this.classes.resolve(text);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "text of " + text);
		}
	}

	@Test
	void listsEveryFileOfTheCoveredFoldersByPath() throws IOException {
		try (URLClassLoader loader = loader(this.classes)) {
			assertThat(ShippedFiles.list(new PathMatchingResourcePatternResolver(loader))).containsExactly(
					"faq-corpus/bulky-items.md", "faq-corpus/es/trash-day.md", "faq-corpus/trash-day.md",
					"intents/es/report/pothole.txt", "intents/faq.txt", "intents/not_emergency.txt",
					"intents/report/noise.txt", "intents/report/pothole.txt");
		}
	}

	@Test
	void inTheJarTheListFindsWhatTheResolverFindsInTheSameOrder() throws IOException {
		Path jar = jarWithList((list) -> list);
		try (URLClassLoader loader = loader(jar)) {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
			for (String pattern : PATTERNS) {
				Resource[] listed = ShippedFiles.find(resolver, pattern);

				assertThat(contents(listed)).as(pattern)
					.containsExactlyElementsOf(contents(resolver.getResources(pattern)));
				if (!pattern.contains("other/") && !pattern.contains("**")) {
					assertThat(listed).as(pattern).allMatch(ClassPathResource.class::isInstance);
				}
			}
			assertThat(ShippedFiles.find(resolver, "classpath:faq-corpus/*.md")).hasSize(2);
		}
	}

	@Test
	void inTheJarItIsTheListThatAnswers() throws IOException {
		// Only the list can leave out a file the jar has.
		Path jar = jarWithList((list) -> list.stream().filter((file) -> !file.endsWith("bulky-items.md")).toList());
		try (URLClassLoader loader = loader(jar)) {
			Resource[] found = ShippedFiles.find(new PathMatchingResourcePatternResolver(loader),
					"classpath:faq-corpus/*.md");

			assertThat(contents(found)).containsExactly("text of faq-corpus/trash-day.md");
		}
	}

	@Test
	void aFolderTheJarLacksIsTheResolversToReport() throws IOException {
		Path jar = jarWithList((list) -> list);
		try (URLClassLoader loader = loader(jar)) {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
			String missing = "classpath:intents/fr/*.txt";

			assertThat(outcome(() -> ShippedFiles.find(resolver, missing)))
				.isEqualTo(outcome(() -> resolver.getResources(missing)));
		}
	}

	@Test
	void inAFolderOfClassesTheResolverFindsThem() throws IOException {
		Files.createDirectories(this.classes.resolve("prepared"));
		Files.write(this.classes.resolve(ShippedFiles.LIST), List.of("faq-corpus/stale.md"));
		try (URLClassLoader loader = loader(this.classes)) {
			Resource[] found = ShippedFiles.find(new PathMatchingResourcePatternResolver(loader),
					"classpath:faq-corpus/*.md");

			assertThat(contents(found)).containsExactly("text of faq-corpus/bulky-items.md",
					"text of faq-corpus/trash-day.md");
		}
	}

	private Path jarWithList(UnaryOperator<List<String>> edit) throws IOException {
		List<String> list;
		try (URLClassLoader loader = loader(this.classes)) {
			list = edit.apply(ShippedFiles.list(new PathMatchingResourcePatternResolver(loader)));
		}
		Path jar = this.folder.resolve("app.jar");
		try (OutputStream file = Files.newOutputStream(jar);
				ZipOutputStream zip = new ZipOutputStream(file);
				Stream<Path> paths = Files.walk(this.classes)) {
			// Folders have entries of their own, as in the jar the build packs.
			for (Path path : paths.filter((path) -> !path.equals(this.classes)).toList()) {
				String name = this.classes.relativize(path).toString().replace('\\', '/');
				if (Files.isDirectory(path)) {
					zip.putNextEntry(new ZipEntry(name + "/"));
				}
				else {
					zip.putNextEntry(new ZipEntry(name));
					zip.write(Files.readAllBytes(path));
				}
			}
			zip.putNextEntry(new ZipEntry(ShippedFiles.LIST));
			zip.write(String.join("\n", list).getBytes(StandardCharsets.UTF_8));
		}
		return jar;
	}

	// Without a parent, so the project's own texts on the test classpath stay out.
	private static URLClassLoader loader(Path location) throws IOException {
		return new URLClassLoader(new URL[] { location.toUri().toURL() }, null);
	}

	// The contents found, or the kind of failure.
	private static Object outcome(Search search) {
		try {
			return contents(search.find());
		}
		catch (IOException | RuntimeException ex) {
			return ex.getClass();
		}
	}

	private interface Search {

		Resource[] find() throws IOException;

	}

	private static List<String> contents(Resource[] resources) throws IOException {
		List<String> contents = new ArrayList<>();
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return contents;
	}

}
