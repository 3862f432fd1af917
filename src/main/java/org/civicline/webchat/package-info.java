/**
 * Web chat: the chat API the city website's page talks to. The page at {@code /} is a
 * plain chat page; the embeddable widget comes with it later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web chat", allowedDependencies = "conversation")
package org.civicline.webchat;
