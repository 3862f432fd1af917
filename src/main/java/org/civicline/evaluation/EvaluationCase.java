package org.civicline.evaluation;

/**
 * One case of an evaluation file: a message and the outcome an ideal assistant would
 * choose.
 */
record EvaluationCase(String id, String text, String language, String intent, String service, String faq) {
}
