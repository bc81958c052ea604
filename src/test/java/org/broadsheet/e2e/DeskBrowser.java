package org.broadsheet.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's browser on the desk: logs in and works the Vaadin fields the way a user does. */
final class DeskBrowser {

    final WebDriver driver;
    final WebDriverWait wait;
    private final int port;

    DeskBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
        this.wait = org.broadsheet.testsupport.HeadlessChromium.waitFor(driver);
    }

    /** A new browser window (its own profile, so its own session) on the application at this port. */
    static DeskBrowser start(int port) {
        return new DeskBrowser(org.broadsheet.testsupport.HeadlessChromium.start(1400, 1000), port);
    }

    /** A plain HTTP GET of a public page, as a reader's browser or a crawler would send it. */
    static HttpResponse<String> httpGet(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    DeskBrowser logIn(String username, String password) {
        driver.get(url("/desk/login"));
        // the form may still be upgrading when the page shows: type until the fields hold the text
        fill(By.cssSelector("form.login-form input[name='username']"), username);
        fill(By.cssSelector("form.login-form input[name='password']"), password);
        driver.findElement(By.cssSelector("form.login-form button[type='submit']"))
                .click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.broadsheet.testsupport.HeadlessChromium.screenshot(driver, "login-failed-" + username);
            throw e;
        }
        return this;
    }

    private void fill(By input, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(input);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(text);
            return text.equals(field.getDomProperty("value"));
        });
    }

    void open(String deskPath) {
        driver.get(url("/desk/" + deskPath));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.desk-view")));
    }

    WebElement input(String fieldCss) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(fieldCss + " input, " + fieldCss + " textarea")));
    }

    /** Replaces a text field's text, as select-all and typing would. */
    void type(String fieldCss, String text) {
        WebElement input = input(fieldCss);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Replaces the article body's text by typing into the rich-text editor, as a writer would. */
    void typeBody(String text) {
        WebElement surface = wait.until(d -> {
            WebElement host = d.findElement(By.cssSelector("bs-rich-text"));
            return host.getShadowRoot().findElement(By.cssSelector(".ProseMirror"));
        });
        // focus rather than click: the sticky toolbar may cover the top of the text
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", surface);
        surface.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        surface.sendKeys(text);
    }

    /** Clicks a button of the body editor's toolbar (inside its shadow root). */
    void bodyToolbar(String command) {
        WebElement button = wait.until(d -> d.findElement(By.cssSelector("bs-rich-text"))
                .getShadowRoot()
                .findElement(By.cssSelector("button[data-command='" + command + "']")));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /**
     * Pastes a file into the body where the caret is, as a screenshot or a copied picture is pasted:
     * a paste event whose clipboard holds only the file.
     */
    void pasteIntoBody(String fileName, String contentType, byte[] bytes) {
        js(
                "const [surface, name, type, base64] = arguments;"
                        + " const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));"
                        + " const data = new DataTransfer();"
                        + " data.items.add(new File([bytes], name, {type}));"
                        + " surface.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                        + " cancelable: true}));",
                bodySurface(),
                fileName,
                contentType,
                java.util.Base64.getEncoder().encodeToString(bytes));
    }

    /** The body editor's editable surface. */
    WebElement bodySurface() {
        return wait.until(d -> d.findElement(By.cssSelector("bs-rich-text"))
                .getShadowRoot()
                .findElement(By.cssSelector(".ProseMirror")));
    }

    /**
     * Presses keys where the focus is, as a person would. Unlike an element's sendKeys, this does
     * not move the caret first (ChromeDriver puts it at the end of a shadow root's text it thinks
     * is not focused).
     */
    void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Holds the modifiers down while pressing the key. */
    void chord(List<Keys> modifiers, CharSequence key) {
        var actions = new org.openqa.selenium.interactions.Actions(driver);
        modifiers.forEach(actions::keyDown);
        actions.sendKeys(key);
        modifiers.reversed().forEach(actions::keyUp);
        actions.perform();
    }

    /** The body editor's note field for footnote n (1-based), in the notes list under the text. */
    WebElement bodyNote(int n) {
        return wait.until(d -> d
                .findElement(By.cssSelector("bs-rich-text"))
                .getShadowRoot()
                .findElements(By.cssSelector(".notes textarea"))
                .stream()
                .skip(n - 1L)
                .findFirst()
                .orElse(null));
    }

    /** The body editor's current HTML, as it would send it. */
    String bodyValue() {
        return (String) js("return document.querySelector('bs-rich-text').value");
    }

    /** What has the focus inside the body editor: a toolbar button's command, a note, or the text. */
    String bodyFocus() {
        return (String)
                js(
                        "const a = document.querySelector('bs-rich-text').shadowRoot.activeElement;"
                                + "return !a ? '' : a.dataset.command ? 'button:' + a.dataset.command"
                                + " : a.tagName === 'TEXTAREA' ? a.getAttribute('aria-label') : a.classList.contains('ProseMirror') ? 'text' : a.tagName");
    }

    /** A dialog's text field by its label. */
    WebElement dialogField(String label) {
        return wait.until(d -> textField(label)).findElement(By.tagName("input"));
    }

    /** The error a dialog's text field shows, empty when it is valid. */
    String dialogError(String label) {
        WebElement field = wait.until(d -> textField(label));
        return "true".equals(field.getDomProperty("invalid")) ? field.getDomProperty("errorMessage") : "";
    }

    private WebElement textField(String label) {
        return driver.findElements(By.cssSelector("vaadin-text-field")).stream()
                .filter(f -> label.equals(f.getDomProperty("label")) && f.isDisplayed())
                .findFirst()
                .orElse(null);
    }

    /** Types into a combo box and picks the first match. */
    void pick(String comboCss, String text) {
        WebElement input = input(comboCss);
        input.click();
        input.sendKeys(text);
        // wait for the filtered list: the first items shown may still be the unfiltered ones
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .findFirst()
                .map(item -> item.getText()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(text.toLowerCase(java.util.Locale.ROOT)))
                .orElse(false));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
    }

    String value(String fieldCss) {
        return input(fieldCss).getDomProperty("value");
    }

    /** Clicks the button with this text, scrolled into the middle of its view first, as a person would. */
    void click(String buttonText) {
        WebElement button = wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals(buttonText))
                .findFirst()
                .orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** Waits until the page shows the text somewhere. */
    void waitForText(String text) {
        wait.until(d -> ((String) js("return document.body.innerText + [...document.querySelectorAll("
                        + "'vaadin-dialog-overlay, vaadin-notification-card')].map(e => e.innerText).join(' ')"))
                .contains(text));
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void quit() {
        driver.quit();
    }
}
