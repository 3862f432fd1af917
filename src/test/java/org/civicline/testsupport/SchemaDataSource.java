package org.civicline.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose connections work in one schema, so each test gets tables of its
 * own.
 */
public class SchemaDataSource extends DelegatingDataSource {

	private final String schema;

	public SchemaDataSource(DataSource target, String schema) {
		super(target);
		this.schema = schema;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
		connection.setSchema(this.schema);
		return connection;
	}

}
