package org.civicline.sms.internal;

import java.net.MalformedURLException;
import java.net.URL;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * twilio-java's own HTTP client, sending to another base URL than Twilio's: a regional
 * gateway, a recording proxy, or the local fake the tests run.
 */
class ApiBaseUrlHttpClient extends NetworkHttpClient {

	private final String baseUrl;

	ApiBaseUrlHttpClient(String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Override
	public Response makeRequest(Request request) {
		return super.makeRequest(rebased(request));
	}

	private Request rebased(Request original) {
		URL url;
		try {
			url = new URL(original.getUrl());
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("twilio-java built an unreadable URL", ex);
		}
		Request copy = new Request(original.getMethod(), this.baseUrl + url.getPath());
		original.getQueryParams().forEach((name, values) -> values.forEach((value) -> copy.addQueryParam(name, value)));
		original.getPostParams().forEach((name, values) -> values.forEach((value) -> copy.addPostParam(name, value)));
		original.getHeaderParams()
			.forEach((name, values) -> values.forEach((value) -> copy.addHeaderParam(name, value)));
		if (original.getAuthStrategy() != null) {
			copy.setAuth(original.getAuthStrategy());
		}
		else if (original.getUsername() != null) {
			copy.setAuth(original.getUsername(), original.getPassword());
		}
		copy.setContentType(original.getContentType());
		if (original.getBody() != null) {
			copy.setBody(original.getBody());
		}
		copy.setUserAgentExtensions(original.getUserAgentExtensions());
		return copy;
	}

}
