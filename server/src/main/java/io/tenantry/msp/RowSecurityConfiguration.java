package io.tenantry.msp;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, wraps the application's connection pool so that every connection names the
 * signed-in user for row-level security, and sends JDBC batches of inserts as multi-row inserts.
 * H2 has no row-level security: there the application's own access checks stand alone.
 */
@Configuration(proxyBeanMethods = false)
class RowSecurityConfiguration {

	@Bean
	static BeanPostProcessor principalScopedDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
					// Each statement evaluates the policies' reach once; sent as multi-row inserts, a
					// batch of findings pays for it once per statement of many rows, not once per row.
					pool.addDataSourceProperty("reWriteBatchedInserts", "true");
					return new PrincipalScopedDataSource(pool);
				}
				return bean;
			}

		};
	}

}
