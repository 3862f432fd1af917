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

	/**
	 * A new schema, named from the prefix and a random part, with every migration
	 * applied: the store as a fresh installation has it.
	 */
	public static SchemaDataSource migrated(DataSource target, String prefix) {
		String schema = prefix + "_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		org.flywaydb.core.Flyway.configure()
			.dataSource(target)
			.schemas(schema)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		return new SchemaDataSource(target, schema);
	}

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
