package org.broadsheet.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the web server's request threads, so a test can say what
 * a page costs. Counted where connections hand out statements, so Hibernate's queries and plain
 * JDBC alike are counted. Hibernate's own statistics count every thread, and the scheduler or an
 * indexing worker may prepare a statement at any moment during a request. Registered for every
 * {@link BroadsheetWebTest} context; tests in one JVM run one after another, so one counter serves.
 */
public final class RequestStatements implements BeanPostProcessor {

    private static final AtomicLong COUNT = new AtomicLong();

    /** Zero, then counting again. */
    public static void reset() {
        COUNT.set(0);
    }

    /** Statements prepared on request threads since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }
    }

    private static Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    // Tomcat names its workers http-nio-<port>-exec-<n>
                    if ((name.startsWith("prepare") || name.equals("createStatement"))
                            && Thread.currentThread().getName().startsWith("http-")) {
                        COUNT.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
