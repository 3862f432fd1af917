/**
 * What a channel implements to deliver emergency alerts.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.civicline.emergency.spi;
