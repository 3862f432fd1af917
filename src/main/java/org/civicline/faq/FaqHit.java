package org.civicline.faq;

/**
 * An entry found for a message.
 *
 * @param entry the entry
 * @param score how well it answers the message, in [0,1]
 */
public record FaqHit(FaqEntry entry, double score) {

	public String id() {
		return this.entry.id();
	}

}
