package org.broadsheet.base;

/**
 * The few failures services report. The site maps them to HTTP status pages, the desk to
 * field messages or notifications; neither shows a stack trace.
 */
public sealed class DomainException extends RuntimeException
        permits DomainException.NotFound,
                DomainException.Conflict,
                DomainException.ValidationFailed,
                DomainException.Forbidden {

    private final String message;

    private DomainException(String message) {
        super(message);
        this.message = message;
    }

    /** Always the words the service wrote for the user. */
    @Override
    public String getMessage() {
        return message;
    }

    /** The thing asked for does not exist, or the caller may not know that it does. */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** Someone else changed the thing since the caller read it. */
    public static final class Conflict extends DomainException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** Input broke a rule; {@code field} names the form field it belongs to, when there is one. */
    public static final class ValidationFailed extends DomainException {
        private final String field;

        public ValidationFailed(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The caller's role does not allow this. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String message) {
            super(message);
        }
    }
}
