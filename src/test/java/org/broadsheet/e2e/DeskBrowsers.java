package org.broadsheet.e2e;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.testsupport.HeadlessChromium;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The browsers a test opened, closed after it; a failed test first leaves a screenshot of each
 * (taken here because @AfterEach methods run before a watcher hears of the failure).
 */
final class DeskBrowsers implements TestWatcher {

    private final List<DeskBrowser> open = new ArrayList<>();

    /** A new browser on the application at this port, closed when the test ends. */
    DeskBrowser start(int port) {
        DeskBrowser browser = DeskBrowser.start(port);
        open.add(browser);
        return browser;
    }

    /** Closes one before the test ends, as a person closing their browser would. */
    void close(DeskBrowser browser) {
        browser.quit();
        open.remove(browser);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        for (int i = 0; i < open.size(); i++) {
            HeadlessChromium.screenshot(
                    open.get(i).driver,
                    "failed-" + context.getRequiredTestMethod().getName() + "-" + i);
        }
        closeAll();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        closeAll();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        closeAll();
    }

    private void closeAll() {
        open.forEach(DeskBrowser::quit);
        open.clear();
    }
}
