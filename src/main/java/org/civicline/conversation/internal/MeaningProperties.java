package org.civicline.conversation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how the reading by meaning (the sentence encoder) joins the reading by words.
 * Tuned on the development set; the README says how.
 *
 * @param enabled whether the engine reads by meaning at all
 * @param always read every message by meaning, not only those the word classifier is
 * unsure of (slower: an encoding costs milliseconds)
 * @param sureAbove the word classifier's probability (of its intent, and of its service
 * within reports) from which it is trusted alone
 * @param safetyWatch the word classifier's probability of an emergency or a crisis from
 * which the message is read by meaning however sure it is of something else
 * @param weight the reading by meaning's share in the mixed reading, in [0,1]
 * @param servicePrior how strongly a service's share of the examples is divided out (0:
 * not at all, 1: fully), so a service with few examples can still be chosen
 * @param emergencySimilarity the similarity to an emergency example from which a message
 * is sent to 911, when it is closer to it than to any safe example by {@code margin}
 * @param crisisSimilarity the same for a crisis example and 988
 * @param margin see {@code emergencySimilarity}
 * @param outOfScopeSimilarity below this similarity to every example of what the city
 * handles, a message is out of scope whatever its words resemble
 * @param processorShare the share of all the cores' time the encoder may take; beyond it,
 * messages are read by words alone (1: no limit)
 * @param safetyProbability the probability of an emergency or a crisis, by words or by
 * meaning, from which a message read by meaning goes to 911 or 988
 * @param urgentSafety the word classifier's probability of an emergency or a crisis from
 * which a message goes first for the encoder's budget
 */
@ConfigurationProperties("civicline.conversation.meaning")
record MeaningProperties(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean always,
		@DefaultValue("0.9") double sureAbove, @DefaultValue("0.02") double safetyWatch,
		@DefaultValue("0.7") double weight, @DefaultValue("1.0") double servicePrior,
		@DefaultValue("0.45") double emergencySimilarity, @DefaultValue("0.5") double crisisSimilarity,
		@DefaultValue("0.0") double margin, @DefaultValue("0.3") double outOfScopeSimilarity,
		@DefaultValue("0.05") double processorShare, @DefaultValue("0.3") double urgentSafety,
		@DefaultValue("0.35") double safetyProbability) {

	static final MeaningProperties DEFAULTS = new MeaningProperties(true, false, 0.9, 0.02, 0.7, 1.0, 0.45, 0.5, 0.0,
			0.3, 0.05, 0.3, 0.35);

}
