package org.civicline.nlp;

/**
 * The order of scored candidates, highest score first and equal scores in the order they
 * were given, on primitive arrays. Every message ranks its labels and FAQ entries this
 * way; a sort through a {@link java.util.Comparator} boxes each candidate and, with the
 * framework's own comparators passing through the same sort, calls each comparison
 * indirectly, which made ranking a tenth of a message's processor time.
 */
public final class ScoreOrder {

	// Short runs are put in order by insertion, which beats merging them.
	private static final int INSERTION_RUN = 16;

	private ScoreOrder() {
	}

	/**
	 * The candidates, highest score first; equal scores (as {@link Double#compare} sees
	 * them) keep the order they had.
	 * @param scores every candidate's score, by candidate number
	 * @param candidates the numbers to order, a copy of which is returned in order
	 */
	public static int[] highestFirst(double[] scores, int[] candidates) {
		int[] order = candidates.clone();
		sort(order, new int[order.length], 0, order.length, scores);
		return order;
	}

	private static void sort(int[] order, int[] buffer, int from, int to, double[] scores) {
		if (to - from <= INSERTION_RUN) {
			for (int i = from + 1; i < to; i++) {
				int candidate = order[i];
				int j = i - 1;
				for (; j >= from && Double.compare(scores[order[j]], scores[candidate]) < 0; j--) {
					order[j + 1] = order[j];
				}
				order[j + 1] = candidate;
			}
			return;
		}
		int middle = (from + to) >>> 1;
		sort(order, buffer, from, middle, scores);
		sort(order, buffer, middle, to, scores);
		if (Double.compare(scores[order[middle - 1]], scores[order[middle]]) >= 0) {
			return;
		}
		System.arraycopy(order, from, buffer, from, to - from);
		int left = from;
		int right = middle;
		int next = from;
		while (left < middle && right < to) {
			// Only a strictly higher score on the right goes first: ties keep their
			// order.
			order[next++] = (Double.compare(scores[buffer[right]], scores[buffer[left]]) > 0) ? buffer[right++]
					: buffer[left++];
		}
		System.arraycopy(buffer, left, order, next, middle - left);
		next += middle - left;
		System.arraycopy(buffer, right, order, next, to - right);
	}

}
