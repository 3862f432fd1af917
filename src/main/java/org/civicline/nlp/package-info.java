/**
 * Language: turns a resident's words into the terms the rest of CivicLine matches on
 * (CoreNLP tokens and lemmas, 311 synonyms folded together). CoreNLP never leaves this
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language", allowedDependencies = {})
package org.civicline.nlp;
