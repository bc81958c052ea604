package org.broadsheet.base;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video or post from another site placed in an article: which site ({@link Provider}) and the
 * item's id there. Articles store only these two, never the other site's markup, so the public
 * page decides how (and whether) anything from that site is loaded.
 */
public record EmbedLink(Provider provider, String ref) {

    /** The sites an article may embed from, each with the shape of its ids. */
    public enum Provider {
        YOUTUBE("YouTube", "video", "[A-Za-z0-9_-]{11}"),
        VIMEO("Vimeo", "video", "\\d{1,12}"),
        X("X", "post", "\\d{1,20}");

        private final String displayName;
        private final String kind;
        private final Pattern ref;

        Provider(String displayName, String kind, String ref) {
            this.displayName = displayName;
            this.kind = kind;
            this.ref = Pattern.compile(ref);
        }

        public String displayName() {
            return displayName;
        }

        /** "video" or "post", for the words around it. */
        public String kind() {
            return kind;
        }

        /** The name stored in {@code data-provider}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Provider> ofKey(String key) {
            for (Provider provider : values()) {
                if (provider.key().equals(key)) {
                    return Optional.of(provider);
                }
            }
            return Optional.empty();
        }
    }

    /** The origins the site's Content-Security-Policy lets frames come from. */
    public static final String FRAME_ORIGINS =
            "https://www.youtube-nocookie.com https://player.vimeo.com https://platform.twitter.com";

    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed/|shorts/|live/)([A-Za-z0-9_-]{11})");
    private static final Pattern YOUTUBE_QUERY = Pattern.compile("(?:.*&)?v=([A-Za-z0-9_-]{11})(?:&.*)?");
    private static final Pattern YOUTU_BE_PATH = Pattern.compile("/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d{1,12})/?");
    private static final Pattern X_PATH = Pattern.compile("/[A-Za-z0-9_]{1,15}/status/(\\d{1,20})/?");

    public EmbedLink {
        if (!provider.ref.matcher(ref).matches()) {
            throw new IllegalArgumentException("Not a " + provider.displayName + " id: " + ref);
        }
    }

    /** The embed a stored pair names, if the pair is one we could have stored. */
    public static Optional<EmbedLink> of(String providerKey, String ref) {
        return Provider.ofKey(providerKey)
                .filter(p -> p.ref.matcher(ref).matches())
                .map(p -> new EmbedLink(p, ref));
    }

    /** Recognizes the addresses people copy from YouTube, Vimeo and X (or Twitter). */
    public static Optional<EmbedLink> parse(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (Exception e) {
            return Optional.empty();
        }
        if (uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return switch (host) {
            case "youtube.com", "youtube-nocookie.com" ->
                path.equals("/watch")
                        ? match(YOUTUBE_QUERY, query, Provider.YOUTUBE)
                        : match(YOUTUBE_PATH, path, Provider.YOUTUBE);
            case "youtu.be" -> match(YOUTU_BE_PATH, path, Provider.YOUTUBE);
            case "vimeo.com", "player.vimeo.com" -> match(VIMEO_PATH, path, Provider.VIMEO);
            case "x.com", "twitter.com", "mobile.twitter.com" -> match(X_PATH, path, Provider.X);
            default -> Optional.empty();
        };
    }

    private static Optional<EmbedLink> match(Pattern pattern, String text, Provider provider) {
        Matcher matcher = pattern.matcher(text);
        return matcher.matches() ? Optional.of(new EmbedLink(provider, matcher.group(1))) : Optional.empty();
    }

    /** Where readers can see it on the other site, without loading anything from it here. */
    public String pageUrl() {
        return switch (provider) {
            case YOUTUBE -> "https://www.youtube.com/watch?v=" + ref;
            case VIMEO -> "https://vimeo.com/" + ref;
            case X -> "https://x.com/i/status/" + ref;
        };
    }

    /** What the public page loads into a frame once the reader asks for it. */
    public String frameUrl() {
        return switch (provider) {
            case YOUTUBE -> "https://www.youtube-nocookie.com/embed/" + ref;
            case VIMEO -> "https://player.vimeo.com/video/" + ref + "?dnt=1";
            case X -> "https://platform.twitter.com/embed/Tweet.html?id=" + ref + "&dnt=true";
        };
    }
}
