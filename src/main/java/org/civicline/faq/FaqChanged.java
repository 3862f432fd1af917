package org.civicline.faq;

/** An FAQ entry was created or changed; every instance re-indexes on it. */
public record FaqChanged(String id) {
}
