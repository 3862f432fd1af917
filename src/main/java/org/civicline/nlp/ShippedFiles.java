package org.civicline.nlp;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;

/**
 * Finds the city's texts (the FAQ corpus, the intent examples) by a location pattern. In
 * the packaged jar a list of them the build wrote answers: finding a folder's files in a
 * jar otherwise sorts the names of all its 55,000 entries, a quarter of a second of every
 * start. Anywhere else (a folder of classes, a file location, a folder this list does not
 * cover) the resolver finds them, as before.
 */
public final class ShippedFiles {

	/**
	 * Where the jar ships the list: the path of every file under the folders it covers.
	 */
	public static final String LIST = "prepared/shipped-files.txt";

	// The folders of the classpath the list covers.
	private static final List<String> FOLDERS = List.of("faq-corpus/", "intents/");

	private static final String CLASSPATH = "classpath:";

	private static final PathMatcher MATCHER = new AntPathMatcher();

	private ShippedFiles() {
	}

	/**
	 * The resources that match the pattern, in the order the resolver gives them (by
	 * path).
	 */
	public static Resource[] find(ResourcePatternResolver resolver, String pattern) throws IOException {
		List<String> listed = listed(resolver.getClassLoader(), pattern);
		if (listed == null) {
			return resolver.getResources(pattern);
		}
		String path = pattern.substring(CLASSPATH.length());
		List<Resource> found = new ArrayList<>();
		for (String file : listed) {
			if (MATCHER.match(path, file)) {
				found.add(new ClassPathResource(file, resolver.getClassLoader()));
			}
		}
		return found.toArray(Resource[]::new);
	}

	/**
	 * The list to ship: the path of every file under the covered folders of the
	 * classpath, sorted; {@code null} when one of them is not a folder of files (then the
	 * jar ships no list).
	 */
	public static List<String> list(ResourcePatternResolver resolver) throws IOException {
		List<String> files = new ArrayList<>();
		for (String folder : FOLDERS) {
			Resource root = resolver.getResource(CLASSPATH + folder);
			if (!root.isFile()) {
				return null;
			}
			Path rootPath = root.getFile().toPath();
			for (Resource file : resolver.getResources(CLASSPATH + folder + "**")) {
				if (file.isFile() && file.isReadable()) {
					String relative = rootPath.relativize(file.getFile().toPath()).toString();
					files.add(folder + relative.replace(File.separatorChar, '/'));
				}
			}
		}
		files.sort(null);
		return files;
	}

	/**
	 * The shipped list if it answers this pattern: a classpath pattern of files under a
	 * folder it covers, whose folder lies in the same jar as the list (so both come from
	 * one build); otherwise {@code null}.
	 */
	private static List<String> listed(ClassLoader loader, String pattern) throws IOException {
		if (loader == null || !pattern.startsWith(CLASSPATH) || !PreparedReadings.usePrepared()) {
			return null;
		}
		String path = pattern.substring(CLASSPATH.length());
		// The list holds files only: "**" and a trailing "/" also match folders, and a
		// location without wildcards is one resource, there or not.
		if (!MATCHER.isPattern(path) || path.contains("**") || path.endsWith("/")) {
			return null;
		}
		String folder = FOLDERS.stream().filter(path::startsWith).findFirst().orElse(null);
		if (folder == null) {
			return null;
		}
		URL list = loader.getResource(LIST);
		URL files = loader.getResource(folder);
		if (list == null || files == null || !sameJar(list, files)) {
			return null;
		}
		List<String> listed;
		try (InputStream in = list.openStream()) {
			listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		// A folder the jar lacks is the resolver's to report, as it always has.
		String root = rootFolder(path);
		return listed.stream().anyMatch((file) -> file.startsWith(root)) ? listed : null;
	}

	// The folder part of a pattern before its first wildcard, as Spring's resolver finds
	// it.
	private static String rootFolder(String path) {
		int end = path.length();
		while (end > 0 && MATCHER.isPattern(path.substring(0, end))) {
			end = path.lastIndexOf('/', end - 2) + 1;
		}
		return path.substring(0, end);
	}

	private static boolean sameJar(URL a, URL b) {
		String first = a.toString();
		String second = b.toString();
		int end = first.indexOf("!/");
		return "jar".equals(a.getProtocol()) && end > 0 && second.startsWith(first.substring(0, end + 2));
	}

}
