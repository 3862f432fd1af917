package org.civicline.emergency.spi;

/**
 * Where a channel reports what the carrier said of an alert it sent (its provider id),
 * for the broadcast's delivery report.
 */
public interface AlertDeliveryStatus {

	/**
	 * @param providerId the id the sender returned when the provider accepted the alert
	 * @param status the provider's word ({@code delivered}, {@code undelivered},
	 * {@code failed}…)
	 */
	void reported(String providerId, String status);

}
