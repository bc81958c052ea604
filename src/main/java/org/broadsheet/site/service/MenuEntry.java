package org.broadsheet.site.service;

import org.broadsheet.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a menu as the editors arrange it: a section, static page or article by id, or an
 * address; a {@code child} belongs under the nearest entry above it that is not one.
 */
public record MenuEntry(
        Kind kind, @Nullable Long targetId, @Nullable String url, String label, boolean child) {

    /** What an entry leads to. */
    public enum Kind {
        SECTION("Section"),
        PAGE("Page"),
        ARTICLE("Article"),
        LINK("Address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int LABEL_MAX_LENGTH = 60;
    public static final int URL_MAX_LENGTH = 500;
    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("^(https?://[^\\s/]+[^\\s]*|/(?!/)[^\\s]*)$");

    /**
     * The entry as it will be kept, or why it cannot be.
     *
     * @param index its place in its menu, from 0
     * @param nests whether its menu has drop-downs
     */
    public MenuEntry checked(int index, boolean nests) {
        String words = label.strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            throw new DomainException.ValidationFailed("label", "Entry " + (index + 1) + " needs words to show");
        }
        if (words.length() > LABEL_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "label",
                    "Keep the words under " + LABEL_MAX_LENGTH + " characters (they have " + words.length() + ")");
        }
        if (child && (!nests || index == 0)) {
            throw new DomainException.ValidationFailed(
                    "entries", nests ? "The first entry cannot sit under another" : "The footer's links do not nest");
        }
        if (kind == Kind.LINK) {
            String address = url == null ? "" : url.strip();
            if (address.length() > URL_MAX_LENGTH || !ADDRESS.matcher(address).matches()) {
                throw new DomainException.ValidationFailed(
                        "url", "Use an address starting with https://, http:// or / (a page of this site)");
            }
            return new MenuEntry(kind, null, address, words, child);
        }
        if (targetId == null) {
            throw new DomainException.ValidationFailed(
                    "target", "Choose the " + kind.label().toLowerCase(java.util.Locale.ROOT) + " the entry leads to");
        }
        return new MenuEntry(kind, targetId, null, words, child);
    }

    public MenuEntry asChild(boolean child) {
        return new MenuEntry(kind, targetId, url, label, child);
    }
}
