package org.broadsheet.desk.editor;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The article editors open on this node. When the node stops, each one's form is autosaved at once
 * (the last autosave may be seconds old), as its editor: what the server holds of the text
 * survives the restart and is offered back when the article is opened again, on any node.
 */
@Component
class OpenEditors {

    private static final Logger log = LoggerFactory.getLogger(OpenEditors.class);
    private static final long PATIENCE_MILLIS = 2000;

    private final Map<UI, Runnable> open = new ConcurrentHashMap<>();
    private final ApplicationContext context;

    OpenEditors(ApplicationContext context) {
        this.context = context;
    }

    /** {@code keep} autosaves the editor's form; it will run as the person now signed in. */
    void opened(UI ui, Runnable keep) {
        @Nullable Authentication editor = SecurityContextHolder.getContext().getAuthentication();
        open.put(ui, () -> as(editor, keep));
    }

    void closed(UI ui) {
        open.remove(ui);
    }

    /**
     * At the start of shutdown, while the database and sessions are still there (once: the
     * management port's own context closes too, and its event reaches this one).
     */
    @EventListener
    void keepEveryForm(ContextClosedEvent closed) {
        if (closed.getApplicationContext() != context) {
            return;
        }
        int kept = 0;
        for (Map.Entry<UI, Runnable> editor : Map.copyOf(open).entrySet()) {
            try {
                UI ui = editor.getKey();
                if (ui.getSession() != null && ui.getSession().hasLock()) {
                    editor.getValue().run();
                } else {
                    ui.access(editor.getValue()::run).get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
                }
                kept++;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                log.warn("An open editor's form could not be autosaved at shutdown", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (kept > 0) {
            log.info("Autosaved {} open article editors before stopping", kept);
        }
    }

    private static void as(@Nullable Authentication editor, Runnable work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(editor);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
