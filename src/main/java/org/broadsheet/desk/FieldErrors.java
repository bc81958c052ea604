package org.broadsheet.desk;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.broadsheet.base.DomainException;

/**
 * Shows a service's refusal where it belongs: next to the field it names, or else as a
 * notification. The form keeps what the user typed.
 */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(DomainException error, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (error instanceof DomainException.ValidationFailed failed && fields.containsKey(failed.field())) {
            HasValidation field = fields.get(failed.field());
            field.setErrorMessage(failed.getMessage());
            field.setInvalid(true);
            return;
        }
        Notification notification = Notification.show(error.getMessage(), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
