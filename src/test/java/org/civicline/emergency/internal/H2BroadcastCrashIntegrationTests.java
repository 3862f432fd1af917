package org.civicline.emergency.internal;

import java.nio.file.Path;
import java.util.List;

/** The crash test on the embedded default store, a file both runs open. */
class H2BroadcastCrashIntegrationTests extends BroadcastCrashContract {

	@Override
	Store store(Path folder) {
		String url = "jdbc:h2:file:" + folder.resolve("store") + ";AUTO_SERVER=TRUE";
		return new Store(List.of("--spring.datasource.url=" + url), url, "sa", "");
	}

	@Override
	String numberPrefix() {
		return "+1617777";
	}

}
