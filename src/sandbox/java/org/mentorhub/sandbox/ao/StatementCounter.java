package org.mentorhub.sandbox.ao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts the SQL statements a thread sends to the database, so tests can prove that a read takes a constant number
 * of queries however many rows it returns. Every {@code execute*} call on a statement of a wrapped data source
 * counts once (a batch counts once); only the thread inside {@link #count} is counted, so other tests and pool
 * housekeeping running meanwhile do not disturb the figure.
 */
public final class StatementCounter {
    private final ThreadLocal<int[]> counting = new ThreadLocal<>();

    /** The statements the current thread executed while running {@code work}. */
    public int count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** The result of {@code work} and the statements the current thread executed while running it. */
    public <T> Counted<T> counted(Supplier<T> work) {
        int[] outer = counting.get();
        int[] statements = {0};
        counting.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, statements[0]);
        } finally {
            if (outer == null) {
                counting.remove();
            } else {
                outer[0] += statements[0];
                counting.set(outer);
            }
        }
    }

    /** A result and the number of statements it took. */
    public record Counted<T>(T result, int statements) {
    }

    /** {@code target}, with every statement of its connections counted. */
    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, result) ->
            result instanceof Connection connection ? proxy(Connection.class, connection, this::statementsOf) : result);
    }

    private Object statementsOf(Method method, Object result) {
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, this::executions);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, this::executions);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, this::executions);
        }
        return result;
    }

    private Object executions(Method method, Object result) {
        int[] statements = counting.get();
        if (statements != null && method.getName().startsWith("execute")) {
            statements[0]++;
        }
        return result;
    }

    /** A JDBC object of {@code type} that delegates to {@code target} and passes each call's result to {@code after}. */
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @FunctionalInterface
    private interface AfterCall {
        Object apply(Method method, Object result) throws Exception;
    }
}
