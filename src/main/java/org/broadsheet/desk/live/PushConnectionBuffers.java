package org.broadsheet.desk.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * Keeps each open desk tab's push connection from holding 48 KB it never uses. Atmosphere gives
 * every WebSocket a byte and a character buffer of its "buffer size", which Vaadin sets to
 * 16 384, and only ever clears them: messages go straight to the container's WebSocket session,
 * whose own buffers grow as a message needs. The setting is read as each connection opens, so
 * it is lowered once Vaadin has made its settings.
 */
@Component
class PushConnectionBuffers implements VaadinServiceInitListener {

    /** Atmosphere's unused per-connection buffers, in bytes and characters. */
    static final int UNUSED_BUFFER_SIZE = 64;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
            var servlet = service.getServlet();
            Object framework = servlet.getServletContext()
                    .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
            if (framework instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(
                        ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(UNUSED_BUFFER_SIZE));
            }
        }
    }
}
