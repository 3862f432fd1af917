package org.civicline.faq.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Corrects a misspelt word towards the nearest word of the FAQ's own vocabulary
 * ("garbadge" to "garbage"). Short words are left alone: at three letters every word is
 * one edit from another.
 */
final class SpellingCorrector {

	private final Set<String> vocabulary;

	// Residents rarely get the first letter wrong: only words sharing it are candidates,
	// which also keeps each correction to a scan of a few hundred words.
	private final Map<Character, List<String>> byFirstLetter;

	SpellingCorrector(Set<String> vocabulary) {
		this.vocabulary = Set.copyOf(vocabulary);
		this.byFirstLetter = this.vocabulary.stream()
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.groupingBy((word) -> word.charAt(0), Collectors.toUnmodifiableList()));
	}

	String correct(String word) {
		if (word.length() < 4 || this.vocabulary.contains(word) || !word.chars().allMatch(Character::isLetter)) {
			return word;
		}
		int allowedEdits = (word.length() >= 8) ? 2 : 1;
		String best = word;
		int bestEdits = allowedEdits + 1;
		for (String candidate : this.byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
			if (Math.abs(candidate.length() - word.length()) > allowedEdits) {
				continue;
			}
			int edits = edits(word, candidate, bestEdits);
			if (edits < bestEdits || (edits == bestEdits && edits <= allowedEdits && candidate.compareTo(best) < 0)) {
				best = candidate;
				bestEdits = edits;
			}
		}
		return (bestEdits <= allowedEdits) ? best : word;
	}

	/**
	 * Optimal string alignment distance (Levenshtein plus swapped neighbours, the
	 * commonest typing slip), giving up once every path costs more than {@code limit}.
	 */
	static int edits(String a, String b, int limit) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMinimum = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
				rowMinimum = Math.min(rowMinimum, d[i][j]);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
		}
		return d[a.length()][b.length()];
	}

}
