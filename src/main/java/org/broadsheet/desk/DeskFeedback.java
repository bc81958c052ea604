package org.broadsheet.desk;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the desk confirms what was done and writes times, the same in every view. */
public final class DeskFeedback {

    /** "29 Nov 2026, 08:17", in the site's time zone. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DeskFeedback() {}

    /** The moment as the desk writes it, in this time zone. */
    public static String dateTime(java.time.Instant at, java.time.ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    public static void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the user asked for was not done: the reason, long enough to read. */
    public static void refused(String reason) {
        Notification.show(reason, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
