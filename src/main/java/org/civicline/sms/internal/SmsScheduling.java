package org.civicline.sms.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbound queue is worked on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SmsScheduling {

}
