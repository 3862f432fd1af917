/**
 * FAQ: the city's staff-approved answers, their store, the seed corpus import and the
 * Lucene search over them. Only text written and approved by staff is ever returned to a
 * resident.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FAQ", allowedDependencies = "nlp")
package org.civicline.faq;
