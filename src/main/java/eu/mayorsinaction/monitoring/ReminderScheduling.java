package eu.mayorsinaction.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the daily reminder run ({@link ReminderJob}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderScheduling {

}
