package org.civicline.tickets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service requests. */
public interface Tickets {

	/**
	 * Files a request.
	 * @throws InvalidTicket when the service is unknown, where is missing, a required
	 * detail is missing or a value is not allowed; nothing is saved then
	 */
	Ticket file(NewTicket ticket);

	Optional<Ticket> findByNumber(String number);

	/**
	 * Requests of a service and a status (either may be {@code null}: any), newest first.
	 */
	List<Ticket> find(String serviceCode, String status, int max);

	/** A sender's requests on a channel, newest first. */
	/**
	 * How many requests there are of each service in each status, for staff's dashboard.
	 */
	Map<String, Map<String, Long>> countByServiceAndStatus();

	List<Ticket> findBySender(String channel, String sender, int max);

	/**
	 * Removes the reporter's contact from every request they filed on the channel: the
	 * requests stay (they are city records), no longer tied to anyone.
	 * @return how many requests were changed
	 */
	int forgetReporter(String channel, String sender);

	/**
	 * Removes the reporter's contact from closed requests last changed before the cutoff:
	 * past the retention period a request is the city's record alone.
	 * @return how many requests were changed
	 */
	int forgetReportersBefore(java.time.Instant cutoff);

	/**
	 * An open request for the same service at the same place (same address, or within 50
	 * m).
	 */
	Optional<Ticket> findOpenDuplicate(String serviceCode, String address, Double latitude, Double longitude);

	/**
	 * Changes a request's status and tells whoever filed it.
	 * @throws InvalidTicket when the request or the status does not exist
	 */
	Ticket changeStatus(String number, String status, String note);

}
