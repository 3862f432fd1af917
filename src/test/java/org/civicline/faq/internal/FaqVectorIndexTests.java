package org.civicline.faq.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicline.faq.FaqEntry;
import org.civicline.nlp.SentenceEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FaqVectorIndexTests {

	// Vectors that depend only on the text, scattered like an encoder's, without loading
	// one.
	private static final SentenceEncoder ENCODER = new SentenceEncoder() {

		@Override
		public int dimensions() {
			return 16;
		}

		@Override
		public float[] encode(String text) {
			return unitVector(new Random(text.hashCode()));
		}

		@Override
		public float[] learn(String text) {
			return encode(text);
		}

	};

	private static final List<FaqEntry> ENTRIES = entries();

	@Test
	void theSavedIndexReadBackFindsTheSameEntriesAtTheSameSimilarities() throws IOException {
		FaqVectorIndex built = FaqVectorIndex.build(ENTRIES, ENCODER::learn);

		FaqVectorIndex read = FaqVectorIndex.read(saved(built), FaqVectorIndex.fingerprint(ENTRIES));

		assertThat(read).isNotNull();
		Random messages = new Random(7);
		for (int i = 0; i < 200; i++) {
			float[] message = unitVector(messages);
			assertThat(read.nearest(message)).containsExactlyEntriesOf(built.nearest(message));
		}
	}

	@Test
	void anIndexSavedForOtherQuestionsIsNotUsed() throws IOException {
		FaqVectorIndex built = FaqVectorIndex.build(ENTRIES, ENCODER::learn);
		List<FaqEntry> edited = new ArrayList<>(ENTRIES);
		FaqEntry first = edited.get(0);
		edited.set(0, new FaqEntry(first.id(), "en", first.title(), first.answer(), first.shortAnswer(),
				List.of("a question staff added"), first.tags(), false, List.of()));

		assertThat(FaqVectorIndex.read(saved(built), FaqVectorIndex.fingerprint(edited))).isNull();
	}

	@Test
	void aQuestionMovedToAnotherEntryChangesTheFingerprint() {
		FaqEntry trash = entry("trash-day", "Trash day", List.of("when is pickup", "is pickup late"));
		FaqEntry bulky = entry("bulky-items", "Bulky items", List.of("couch pickup"));
		FaqEntry trashWithout = entry("trash-day", "Trash day", List.of("when is pickup"));
		FaqEntry bulkyWith = entry("bulky-items", "Bulky items", List.of("is pickup late", "couch pickup"));

		assertThat(FaqVectorIndex.fingerprint(List.of(trash, bulky)))
			.isNotEqualTo(FaqVectorIndex.fingerprint(List.of(trashWithout, bulkyWith)));
	}

	@Test
	void withoutAnEncoderThereIsNothingToSave() {
		assertThat(FaqVectorIndex.NONE.isEmpty()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> FaqVectorIndex.NONE.save(new ByteArrayOutputStream()));
	}

	private static ByteArrayInputStream saved(FaqVectorIndex index) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		index.save(out);
		return new ByteArrayInputStream(out.toByteArray());
	}

	private static List<FaqEntry> entries() {
		List<FaqEntry> entries = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			List<String> questions = new ArrayList<>();
			for (int j = 0; j < 1 + i % 7; j++) {
				questions.add("question " + j + " of entry " + i);
			}
			entries.add(entry("entry-" + i, "Entry " + i, questions));
		}
		return entries;
	}

	private static FaqEntry entry(String id, String title, List<String> questions) {
		return new FaqEntry(id, "en", title, "The answer.", "Short.", questions, List.of(), false, List.of());
	}

	private static float[] unitVector(Random random) {
		float[] vector = new float[16];
		double length = 0;
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) random.nextGaussian();
			length += vector[i] * vector[i];
		}
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= (float) Math.sqrt(length);
		}
		return vector;
	}

}
