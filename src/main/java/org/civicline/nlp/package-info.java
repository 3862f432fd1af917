/**
 * Language: turns a resident's words into the terms the rest of CivicLine matches on
 * (CoreNLP tokens and lemmas, 311 synonyms folded together), and a text into a sentence
 * vector that carries its meaning (a pretrained encoder run by ONNX Runtime), with the
 * classifiers trained on either. CoreNLP and ONNX Runtime never leave this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language", allowedDependencies = {})
package org.civicline.nlp;
