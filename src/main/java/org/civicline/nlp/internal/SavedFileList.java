package org.civicline.nlp.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civicline.nlp.PreparedReadings;
import org.civicline.nlp.ShippedFiles;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Writes the list of the city's texts that {@link ShippedFiles} reads in the jar. */
@Component
class SavedFileList implements PreparedReadings {

	private final ResourcePatternResolver resolver;

	SavedFileList(ResourcePatternResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void save(Path directory) throws IOException {
		List<String> files = files(this.resolver);
		if (files != null) {
			Files.createDirectories(directory);
			Files.write(directory.resolve(Path.of(ShippedFiles.LIST).getFileName()), files);
		}
	}

	/**
	 * The path of every file under the covered folders of the classpath, sorted; {@code
	 * null} when one of them is not a folder of files (then the jar ships no list).
	 */
	static List<String> files(ResourcePatternResolver resolver) throws IOException {
		List<String> files = new ArrayList<>();
		for (String folder : ShippedFiles.FOLDERS) {
			Resource root = resolver.getResource("classpath:" + folder);
			if (!root.isFile()) {
				return null;
			}
			Path rootPath = root.getFile().toPath();
			for (Resource file : resolver.getResources("classpath:" + folder + "**")) {
				if (file.isFile() && file.isReadable()) {
					String relative = rootPath.relativize(file.getFile().toPath()).toString();
					files.add(folder + relative.replace(File.separatorChar, '/'));
				}
			}
		}
		files.sort(null);
		return files;
	}

}
