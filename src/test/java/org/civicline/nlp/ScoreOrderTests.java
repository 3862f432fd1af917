package org.civicline.nlp;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreOrderTests {

	@Test
	void putsTheHighestScoreFirst() {
		double[] scores = { 0.1, 0.7, 0.3 };
		assertThat(ScoreOrder.highestFirst(scores, new int[] { 0, 1, 2 })).containsExactly(1, 2, 0);
	}

	@Test
	void keepsTheGivenOrderOfEqualScores() {
		double[] scores = { 0.5, 0.5, 0.9, 0.5 };
		assertThat(ScoreOrder.highestFirst(scores, new int[] { 3, 0, 1, 2 })).containsExactly(2, 3, 0, 1);
	}

	@Test
	void ordersOnlyTheCandidatesItIsGivenAndLeavesThemUntouched() {
		double[] scores = { 9, 1, 5, 7 };
		int[] candidates = { 1, 2 };
		assertThat(ScoreOrder.highestFirst(scores, candidates)).containsExactly(2, 1);
		assertThat(candidates).containsExactly(1, 2);
		assertThat(ScoreOrder.highestFirst(scores, new int[0])).isEmpty();
	}

	@Test
	void ordersExactlyAsAStableSortByDescendingScoreDoes() {
		Random random = new Random(311);
		double[] awkward = { 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300 };
		for (int round = 0; round < 2_000; round++) {
			int size = random.nextInt(120);
			double[] scores = new double[size];
			for (int i = 0; i < size; i++) {
				int kind = random.nextInt(10);
				// Few distinct values, so that ties are common, and every odd double.
				scores[i] = (kind == 0) ? awkward[random.nextInt(awkward.length)]
						: (kind < 5) ? random.nextInt(4) : random.nextDouble();
			}
			int[] candidates = IntStream.range(0, size).filter((i) -> random.nextInt(4) > 0).toArray();
			Integer[] expected = Arrays.stream(candidates).boxed().toArray(Integer[]::new);
			Arrays.sort(expected, (a, b) -> Double.compare(scores[b], scores[a]));
			assertThat(ScoreOrder.highestFirst(scores, candidates))
				.containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
		}
	}

}
