/**
 * Web plumbing every HTTP-facing module shares: clear JSON errors instead of stack
 * traces, and a cap on request bodies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package org.civicline.web;
