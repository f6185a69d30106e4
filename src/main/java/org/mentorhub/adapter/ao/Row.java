package org.mentorhub.adapter.ao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.java.ao.RawEntity;
import net.java.ao.schema.FieldNameConverter;

/**
 * The column values of one row, by column name. Each store maps a record to a {@code Row} once and uses it both
 * ways: {@code ActiveObjects.create(type, row.values())} inserts it in one statement, {@link #writeTo} updates an
 * existing row in one statement.
 */
final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets a column; {@code null} for an empty one. */
    Row set(String column, Object value) {
        values.put(column, value);
        return this;
    }

    /** The values, in the shape {@code ActiveObjects.create(Class, Map)} takes. */
    Map<String, Object> values() {
        return values;
    }

    /**
     * Sets every column of this row on {@code entity}, through the setters whose column names Active Objects' own
     * name converter gives, and saves it.
     */
    void writeTo(RawEntity<?> entity) {
        Map<String, Method> setters = setters(entity.getEntityType(), entity.getEntityManager().getFieldNameConverter());
        values.forEach((column, value) -> {
            Method setter = setters.get(column);
            if (setter == null) {
                throw new IllegalArgumentException(entity.getEntityType().getSimpleName() + " has no column " + column);
            }
            try {
                setter.invoke(entity, value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot set " + column + " of " + entity.getEntityType().getSimpleName(), e);
            }
        });
        entity.save();
    }

    private static Map<String, Method> setters(Class<?> type, FieldNameConverter names) {
        Map<String, Method> setters = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getName().startsWith("set") && method.getParameterCount() == 1) {
                setters.put(names.getName(method), method);
            }
        }
        return setters;
    }
}
