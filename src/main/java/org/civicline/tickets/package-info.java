/**
 * Tickets: the service catalog (what a resident can report, what each report needs, which
 * department handles it) and the service requests filed against it, by chat or by
 * Open311.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets", allowedDependencies = {})
package org.civicline.tickets;
