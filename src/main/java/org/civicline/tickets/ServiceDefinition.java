package org.civicline.tickets;

import java.util.List;

/**
 * A type of service request, as Open311 describes it.
 *
 * @param code the stable Open311 {@code service_code}
 * @param name what residents call it
 * @param description what it covers
 * @param department who handles it
 * @param attributes the details a request of this type carries, besides where
 * @param nameEs what Spanish-speaking residents call it, or {@code null} (then
 * {@code name})
 */
public record ServiceDefinition(String code, String name, String description, String department,
		List<Attribute> attributes, String nameEs) {

	public ServiceDefinition {
		attributes = List.copyOf(attributes);
	}

	public ServiceDefinition(String code, String name, String description, String department,
			List<Attribute> attributes) {
		this(code, name, description, department, attributes, null);
	}

	/** Its name in the resident's language ({@code en} or {@code es}). */
	public String name(String language) {
		return ("es".equals(language) && this.nameEs != null) ? this.nameEs : this.name;
	}

	/**
	 * A detail of a request.
	 *
	 * @param code the attribute's Open311 code
	 * @param question how the assistant asks for it
	 * @param required whether a request is filed without it
	 * @param values the allowed values (empty: free text)
	 * @param questionEs the question in Spanish, or {@code null} (then {@code question})
	 * @param valuesEs the allowed values as Spanish-speaking residents read them, one for
	 * each of {@code values} in the same order, or empty
	 */
	public record Attribute(String code, String question, boolean required, List<String> values, String questionEs,
			List<String> valuesEs) {

		public Attribute {
			values = List.copyOf(values);
			valuesEs = (valuesEs != null) ? List.copyOf(valuesEs) : List.of();
			if (!valuesEs.isEmpty() && valuesEs.size() != values.size()) {
				throw new IllegalArgumentException(code + ": values_es must name each of the values, in order");
			}
		}

		public Attribute(String code, String question, boolean required, List<String> values) {
			this(code, question, required, values, null, List.of());
		}

		public String question(String language) {
			return ("es".equals(language) && this.questionEs != null) ? this.questionEs : this.question;
		}

		/**
		 * The allowed values as the resident reads them; a filed request keeps
		 * {@link #values}.
		 */
		public List<String> values(String language) {
			return ("es".equals(language) && !this.valuesEs.isEmpty()) ? this.valuesEs : this.values;
		}

	}

}
